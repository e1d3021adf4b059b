//! `prerender INDEX_HTML`: renders the reader with its first embedded report
//! to HTML and writes it into the `<body>` of a built page, so that the
//! report's text and cards show before the WebAssembly has arrived, and
//! without JavaScript at all. The web build then takes the page over
//! (hydration) instead of drawing it again.
//!
//! Run by `scripts/post-build.sh`, a Trunk `post_build` hook, on the staged
//! `index.html`, before the service worker's file list is written.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: prerender INDEX_HTML");
        return ExitCode::from(2);
    };
    let shown = std::path::Path::new(&path).display().to_string();
    let page = match std::fs::read_to_string(&path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("prerender: cannot read {shown}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let app = match render() {
        Ok(html) => html,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out = match into_body(&page, &app).and_then(|p| defer_app_files(&p)) {
        Ok(out) => out,
        Err(e) => {
            eprintln!("prerender: {shown}: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("prerender: cannot write {shown}: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "prerender: {shown}: the reader, {} bytes of HTML",
        app.len()
    );
    ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// The reader as the browser's first render draws it, with the markers the
/// web build needs to take it over.
#[cfg(not(target_arch = "wasm32"))]
fn render() -> Result<String, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("cannot start a runtime: {e}"))?;
    let renderer = yew::ServerRenderer::<claim_reader::ui::App>::with_props(|| {
        claim_reader::ui::app::AppProps { prerendered: true }
    });
    Ok(runtime.block_on(renderer.render()))
}

/// `page` with `app` as the first thing in its body (the web build takes
/// over the body's children from the first on). Refuses a page already
/// prerendered or without one plain `<body>` tag.
#[cfg(not(target_arch = "wasm32"))]
fn into_body(page: &str, app: &str) -> Result<String, String> {
    const BODY: &str = "<body>";
    let mut found = page.match_indices(BODY);
    let Some((at, _)) = found.next() else {
        return Err("no <body> tag to write the reader into".to_string());
    };
    if found.next().is_some() {
        return Err("more than one <body> tag".to_string());
    }
    let after = at + BODY.len();
    let rest = &page[after..];
    if rest.trim_start().starts_with("<!--<[") {
        return Err("the page is prerendered already".to_string());
    }
    Ok(format!("{}{app}{rest}", &page[..after]))
}

/// The preload links Trunk writes for the WebAssembly glue and binary
/// (`<link rel="modulepreload">`, `<link rel="preload" … type="application/wasm">`),
/// moved into `<template id="app-files">`, where they fetch nothing: the page
/// needs neither file for its first view, so `web/loader.js` puts them in
/// the head once that view is painted, and the text and cards do not share
/// the network with half a megabyte of WebAssembly.
#[cfg(not(target_arch = "wasm32"))]
fn defer_app_files(page: &str) -> Result<String, String> {
    fn tag(page: &str, start: &str, holding: &str) -> Result<std::ops::Range<usize>, String> {
        let mut from = 0;
        while let Some(at) = page[from..].find(start).map(|i| from + i) {
            let end = page[at..]
                .find('>')
                .map(|i| at + i + 1)
                .ok_or("a link tag is not closed")?;
            if page[at..end].contains(holding) {
                return Ok(at..end);
            }
            from = end;
        }
        Err(format!("no {start} … {holding}> in the page"))
    }
    let glue = tag(page, "<link rel=\"modulepreload\"", ".js\"")?;
    let wasm = tag(page, "<link rel=\"preload\"", "type=\"application/wasm\"")?;
    let (first, second) = if glue.start < wasm.start {
        (glue.clone(), wasm.clone())
    } else {
        (wasm.clone(), glue.clone())
    };
    Ok(format!(
        "{}<template id=\"app-files\">{}{}</template>{}{}",
        &page[..first.start],
        &page[glue],
        &page[wasm],
        &page[first.end..second.start],
        &page[second.end..]
    ))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_reader_goes_first_in_the_body_and_the_rest_stays() {
        let page =
            "<html><head><title>t</title></head><body>\n<noscript>n</noscript></body></html>";
        let out = into_body(
            page,
            "<!--<[App]>--><div class=\"app\"></div><!--</[App]>-->",
        )
        .unwrap();
        assert_eq!(
            out,
            "<html><head><title>t</title></head><body><!--<[App]>--><div class=\"app\"></div><!--</[App]>-->\n<noscript>n</noscript></body></html>"
        );
        assert!(into_body(&out, "<p></p>").is_err(), "written twice");
        assert!(into_body("<html></html>", "<p></p>").is_err());
    }

    #[test]
    fn the_app_files_wait_in_a_template() {
        let page = concat!(
            "<head><script src=\"./loader.js\" type=\"module\"></script>\n",
            "<link rel=\"modulepreload\" href=\"./app.js\" integrity=\"sha384-a\">",
            "<link rel=\"preload\" href=\"./app_bg.wasm\" integrity=\"sha384-b\" as=\"fetch\" type=\"application/wasm\"></head>"
        );
        assert_eq!(
            defer_app_files(page).unwrap(),
            concat!(
                "<head><script src=\"./loader.js\" type=\"module\"></script>\n",
                "<template id=\"app-files\"><link rel=\"modulepreload\" href=\"./app.js\" integrity=\"sha384-a\">",
                "<link rel=\"preload\" href=\"./app_bg.wasm\" integrity=\"sha384-b\" as=\"fetch\" type=\"application/wasm\"></template></head>"
            )
        );
        let no_wasm = "<head><link rel=\"modulepreload\" href=\"./app.js\"></head>";
        assert!(defer_app_files(no_wasm).is_err());
    }

    #[test]
    fn the_first_report_renders_with_its_text_cards_and_highlights() {
        let html = render().unwrap();
        assert!(
            html.starts_with("<!--<["),
            "hydration markers first: {}",
            &html[..80.min(html.len())]
        );
        let report = claim_reader::ui::doc::read(claim_reader::seeds::SEEDS[0].text);
        assert!(!report.claims.is_empty());
        for claim in &report.claims {
            let id = claim.id.label();
            assert!(
                html.contains(&format!("<article data-claim-id=\"{id}\"")),
                "card {id}"
            );
        }
        assert!(html.contains("<mark data-claim-id="));
        // Every paragraph reads whole in the page's text.
        let text = squash(&text_of(&html));
        for p in &report.paragraphs {
            let para = squash(&report.text[p.range()]);
            assert!(text.contains(&para), "paragraph {para:?}");
        }
    }

    /// The text of some HTML: tags and comments dropped, entities decoded.
    fn text_of(html: &str) -> String {
        let mut out = String::new();
        let mut rest = html;
        while let Some(open) = rest.find('<') {
            out.push_str(&rest[..open]);
            let close = rest[open..].find('>').map_or(rest.len(), |c| open + c + 1);
            rest = &rest[close..];
        }
        out.push_str(rest);
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    fn squash(s: &str) -> String {
        s.split_whitespace().collect()
    }
}
