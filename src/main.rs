//! The web entry point: mounts the reader.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        console_error_panic_hook::set_once();
        yew::Renderer::<claim_reader::ui::App>::new().render();
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("claim-reader is a web app: build it with `trunk build`; for the command line use `claims`.");
        std::process::exit(2);
    }
}
