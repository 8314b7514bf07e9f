//! The simulation worker's entry point: runs scenarios off the main thread.
fn main() {
    loyalty_lab::worker::start();
}
