//! Opening something as a whole: the format of a file or a paste, the text
//! the engine gets, its title and the warnings to show.

use claim_reader::import::bytes::decode;
use claim_reader::import::{guess_title, open_text, Format};
use claim_reader::report::parse;

#[test]
fn the_format_comes_from_the_name_then_the_type() {
    let cases = [
        ("report.md", "", Format::Markdown),
        ("REPORT.MARKDOWN", "", Format::Markdown),
        ("page.htm", "", Format::Html),
        ("page", "text/html; charset=utf-8", Format::Html),
        ("export.json", "", Format::ReportJson),
        ("notes.txt", "text/html", Format::Text),
        ("notes", "text/markdown", Format::Markdown),
        ("scan.pdf", "application/pdf", Format::Pdf),
        ("REPORT.PDF", "", Format::Pdf),
        ("download", "application/pdf", Format::Pdf),
        ("release.docx", "", Format::Docx),
        ("", "", Format::Text),
    ];
    for (name, mime, want) in cases {
        assert_eq!(Format::of_file(name, mime), want, "{name} {mime}");
    }
}

#[test]
fn pasted_text_is_recognised_only_by_clear_signs() {
    assert_eq!(
        Format::sniff("{\"format\": \"claim-reader.report/1\", \"text\": \"\"}"),
        Format::ReportJson
    );
    assert_eq!(Format::sniff("\n <!DOCTYPE html><html><p>x"), Format::Html);
    assert_eq!(
        Format::sniff("# Title\n\nSee [this](https://example.org)."),
        Format::Markdown
    );
    assert_eq!(
        Format::sniff("---\ntitle: x\n---\n# Heading"),
        Format::Markdown
    );
    // One stray sign is not enough: plain prose stays plain.
    assert_eq!(
        Format::sniff("# 1 priority, said the minister. 5 * 3 people."),
        Format::Text
    );
    assert_eq!(Format::sniff("Officials said <b> is bold."), Format::Text);
}

#[test]
fn a_markdown_file_opens_as_text_with_its_title_and_claims() {
    let d = decode(include_bytes!("fixtures/import/brief.md")).unwrap();
    let opened = open_text(Format::Markdown, &d);
    assert_eq!(
        opened.meta.title.as_deref(),
        Some("Floods in the north: what we know")
    );
    assert!(opened.warnings.is_empty());
    let r = parse(&opened.text);
    assert!(r
        .claims
        .iter()
        .any(|c| r.slice(c.content[0]).contains("more than 40 people")));
}

#[test]
fn a_plain_file_keeps_its_text_and_carries_the_decoding_warnings() {
    let d = decode(b"Headline line\r\n\r\nOfficials said caf\xE9 prices rose.").unwrap();
    let opened = open_text(Format::Text, &d);
    assert_eq!(
        opened.text,
        "Headline line\n\nOfficials said caf\u{FFFD} prices rose."
    );
    assert_eq!(opened.meta.title.as_deref(), Some("Headline line"));
    assert_eq!(opened.warnings.len(), 1);
    assert!(opened.warnings[0].starts_with("1 invalid byte was replaced"));
}

#[test]
fn a_guessed_title_is_the_first_line_cut_at_a_word() {
    assert_eq!(
        guess_title("\n\n  First line  \nsecond"),
        Some("First line".into())
    );
    let long = "The ministry said on Tuesday that more than forty people had died in the floods that hit the northern provinces last week.";
    let t = guess_title(long).unwrap();
    assert_eq!(t, "The ministry said on Tuesday that more than forty people had died in the floods that hit the…");
    assert_eq!(guess_title(" \n "), None);
}

#[test]
fn an_exported_file_opens_as_the_report_it_was_made_from() {
    use claim_reader::import::bytes::decode_within;
    use claim_reader::import::json::from_json_with_meta;
    use claim_reader::report::json::{to_json_string_with_meta, Meta};
    let text = std::fs::read_to_string("tests/fixtures/brown/ca01.txt").unwrap();
    let r = parse(&text);
    let meta = Meta {
        title: Some("Press text".into()),
        ..Meta::default()
    };
    let file = to_json_string_with_meta(&r, &meta).into_bytes();
    let format = Format::of_file("ca01.json", "application/json");
    let d = decode_within(&file, format.max_bytes()).unwrap();
    let imported = from_json_with_meta(&d.text).unwrap();
    assert!(imported.report == r);
    assert_eq!(imported.meta, meta);
}
