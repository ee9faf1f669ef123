//! Entry point of the browser app; everything else lives in the library.

fn main() {
    symptom_explorer::app::start();
}
