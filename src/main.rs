//! The web entry point: installs the fault message for panics, then mounts the reader.

fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        claim_reader::fault::install();
        yew::Renderer::<claim_reader::ui::App>::new().render();
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("claim-reader is a web app: build it with `trunk build`; for the command line use `claims`.");
        std::process::exit(2);
    }
}
