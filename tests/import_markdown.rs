//! Markdown to plain text: the words a reader of the rendered page sees,
//! in their paragraphs, without the markup; and a title.

use claim_reader::import::markdown::to_text;
use proptest::prelude::*;

/// Paragraphs are written one per line in `expected`; the text separates
/// them with a blank line.
fn check(markdown: &str, expected: &[&str]) {
    let got = to_text(markdown).text;
    assert_eq!(got, expected.join("\n\n"), "from {markdown:?}");
}

fn title(markdown: &str) -> Option<String> {
    to_text(markdown).meta.title
}

#[test]
fn paragraphs_stay_and_wrapped_lines_are_joined() {
    check(
        "Officials said the floods\nkilled 40 people.\n\nAid workers  disagreed.\n",
        &[
            "Officials said the floods killed 40 people.",
            "Aid workers disagreed.",
        ],
    );
    // Hard breaks (two spaces or a backslash) join too.
    check(
        "One line  \nand the next\\\nand a third.",
        &["One line and the next and a third."],
    );
}

#[test]
fn headings_lose_their_marks() {
    check(
        "# Floods in the north #\n\nText.\n\n### Aftermath\nMore text.\n\nSetext title\n============\n\nSub\n---\n",
        &["Floods in the north", "Text.", "Aftermath", "More text.", "Setext title", "Sub"],
    );
    // A hash without a space is prose.
    check("#hashtag and C# stay", &["#hashtag and C# stay"]);
}

#[test]
fn emphasis_marks_go_but_asterisks_and_underscores_in_prose_stay() {
    check(
        "The *ministry* said **more than 40** people died, ***really***, ~~not~~ __fewer__.",
        &["The ministry said more than 40 people died, really, not fewer."],
    );
    check("5 * 3 = 15 and 2 * 2 = 4", &["5 * 3 = 15 and 2 * 2 = 4"]);
    check(
        "snake_case_name and __init__",
        &["snake_case_name and init"],
    );
    check(
        "It's the group's ~200 members' view.",
        &["It's the group's ~200 members' view."],
    );
    check(
        "An *unclosed star and a lone _ stay.",
        &["An *unclosed star and a lone _ stay."],
    );
    check("*nested _emphasis_ here*", &["nested emphasis here"]);
    check("**bold *and italic***", &["bold and italic"]);
}

#[test]
fn links_become_their_text_and_images_go() {
    check(
        "See [the report](https://example.org/r \"Report\") and [its annex][a].\n\n[a]: https://example.org/annex\n",
        &["See the report and its annex."],
    );
    check(
        "![A flooded street](street.jpg)\n\nCaption text.",
        &["Caption text."],
    );
    check(
        "Write to <press@example.org> or <https://example.org>.",
        &["Write to press@example.org or https://example.org."],
    );
    check(
        "[**Bold link**](x) and [unknown ref] stay.",
        &["Bold link and [unknown ref] stay."],
    );
    check(
        "A [link with (parens)](https://x.org/a_(b)) here.",
        &["A link with (parens) here."],
    );
}

#[test]
fn code_is_kept_as_text() {
    check("Run `parse(text)` now.", &["Run parse(text) now."]);
    check("``code with ` tick``", &["code with ` tick"]);
    check(
        "Before.\n\n```text\nline one\n  line two\n```\n\nAfter.",
        &["Before.", "line one\n  line two", "After."],
    );
    // An unclosed fence runs to the end and keeps its text.
    check("```\nkept\n", &["kept"]);
    // Indentation the lines share is dropped, and a block starts with text
    // (a fuzzed input: an indented first line left the whole text untrimmed).
    check("```\n    one\n      two\n```", &["one\n  two"]);
    check(
        "```info, words\n\n -- A council said so.\n",
        &["-- A council said so."],
    );
    check(
        "Before.\n\n```\n   first\n line\n```",
        &["Before.", "first\nline"],
    );
    check("~~~\n\t tabbed\n\t more\n~~~", &["tabbed\nmore"]);
    // Emphasis marks inside code are not markup.
    check("`*not emphasis*`", &["*not emphasis*"]);
}

#[test]
fn lists_give_one_paragraph_per_item() {
    check(
        "Findings:\n\n- 40 people died\n- 7 were children\n  and more\n* [x] checked\n1. first\n2) second\n",
        &["Findings:", "40 people died", "7 were children and more", "checked", "first", "second"],
    );
    // A wrapped line that starts with a year is not a list.
    check(
        "The law passed in\n2019. It was amended.",
        &["The law passed in 2019. It was amended."],
    );
}

#[test]
fn quotes_tables_rules_comments_and_html_are_handled() {
    check(
        "> “We have seen no evidence,” she said.\n> Second line.\n>\n> > Nested.\n",
        &[
            "“We have seen no evidence,” she said. Second line.",
            "Nested.",
        ],
    );
    check(
        "| Source | Deaths |\n|---|:---:|\n| Ministry | 40 |\n| Aid groups | *more* |\n\nAfter.",
        &[
            "Source | Deaths",
            "Ministry | 40",
            "Aid groups | more",
            "After.",
        ],
    );
    check("Above.\n\n---\n\n* * *\nBelow.", &["Above.", "Below."]);
    check(
        "Kept <!-- a comment --> text.\n\n<!--\nmulti\nline\n-->\n\nNext.",
        &["Kept text.", "Next."],
    );
    check(
        "<div class=\"note\">\n\nInside a <b>div</b> with <span>spans</span>.<br>Next.\n\n</div>\n<script>alert(1)</script>\nEnd &amp; more &#8220;quoted&#x201D; &unknown; 3 < 5 > 2",
        &["Inside a div with spans. Next.", "End & more “quoted” &unknown; 3 < 5 > 2"],
    );
    check(
        "Footnote here.[^1]\n\n[^1]: The note text.",
        &["Footnote here.", "The note text."],
    );
}

#[test]
fn front_matter_is_dropped_and_its_title_offered() {
    let md = "---\ntitle: \"Floods: what we know\"\ndate: 2024-05-01\n---\n\n# A heading\n\nBody.";
    let out = to_text(md);
    assert_eq!(out.text, "A heading\n\nBody.");
    assert_eq!(out.meta.title.as_deref(), Some("Floods: what we know"));
    assert_eq!(
        title("+++\ntitle = 'Toml title'\n+++\nBody."),
        Some("Toml title".into())
    );
    // A rule at the start that is not front matter stays a rule.
    check("---\nJust text.\n---\nMore.", &["Just text.", "More."]);
}

#[test]
fn the_title_is_the_first_top_heading_else_any_heading_else_the_first_line() {
    assert_eq!(
        title("Intro text.\n\n## Second\n\n# Main *title*\n"),
        Some("Main title".into())
    );
    assert_eq!(
        title("Intro.\n\n## Only a second level"),
        Some("Only a second level".into())
    );
    assert_eq!(
        title("Plain **first** line\nsecond line"),
        Some("Plain first line second line".into())
    );
    let long = format!("{} end", "word ".repeat(60));
    let t = title(&long).unwrap();
    assert!(t.chars().count() <= 100 && t.ends_with('…'), "{t}");
    assert_eq!(title(""), None);
}

#[test]
fn windows_line_endings_work_too() {
    check(
        "# Title\r\n\r\nBody line\r\nnext.\r\n",
        &["Title", "Body line next."],
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, .. ProptestConfig::default() })]

    #[test]
    fn any_input_converts_without_panicking(s in any::<String>()) {
        let out = to_text(&s);
        prop_assert!(!out.text.contains("\n\n\n"));
        prop_assert!(out.text.trim() == out.text);
    }

    #[test]
    fn markdown_like_input_converts_without_panicking(
        v in prop::collection::vec(prop::sample::select(vec![
            "*", "**", "_", "__", "~~", "`", "```", "[", "]", "(", ")", "![", "<", ">", "&amp;",
            "&#", ";", "#", "# ", "\n", "\n\n", "- ", "1. ", "> ", "|", "---", "\\", "http://x",
            "<!--", "-->", "<script>", "</script>", "word", " ", "[^1]", "[a]: x", "é",
        ]), 0..80)
    ) {
        let _ = to_text(&v.concat());
    }

    #[test]
    fn plain_prose_keeps_every_word(
        // Words begin with a letter: a line may start with any of them.
        paras in prop::collection::vec(prop::collection::vec("[A-Za-z][A-Za-z0-9,.'’“”-]{0,11}", 1..20), 1..6)
    ) {
        let md = paras.iter().map(|p| p.join(" ")).collect::<Vec<_>>().join("\n\n");
        prop_assert_eq!(to_text(&md).text, md);
    }
}

#[test]
fn pathological_inputs_stay_fast() {
    // Each of these would be quadratic with naive look-aheads.
    let inputs = [
        "[".repeat(200_000),
        "[a](".repeat(50_000),
        "`".repeat(1000) + &"` ``".repeat(20_000),
        "<!--".repeat(50_000),
        "<script ".repeat(30_000),
        "*a _b ".repeat(40_000),
        "> ".repeat(50_000),
        "<a ".repeat(50_000),
    ];
    for s in &inputs {
        let out = to_text(s);
        assert!(out.text.len() <= s.len() * 2);
    }
}
