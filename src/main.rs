//! The Loyalty Lab web app's entry point (the page's main thread).
fn main() {
    loyalty_lab::start_app();
}
