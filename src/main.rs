//! Entry point of the browser app; everything else lives in the library.

// Talc instead of dlmalloc saves about 2 KB of the first-load budget.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    symptom_explorer::components::root::start();
}
