//! Share links: a report's text, title, source address, publication date
//! and selected claim fit in a URL fragment and come back exactly; links
//! of the first version still open; a link too long, damaged, foreign or
//! from a newer version gets a clear message.

use claim_reader::import::share::{
    decode, encode, encode_with, ShareError, MAX_LINK_CHARS, MAX_SHARE_TEXT_BYTES,
};
use claim_reader::import::Meta;
use claim_reader::report::ClaimId;
use proptest::prelude::*;

const SEED: &str = include_str!("../seeds/hrw-kazakhstan-january-events.txt");

fn brown() -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir("tests/fixtures/brown")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

#[test]
fn the_embedded_report_and_press_texts_share_as_links_that_reopen() {
    let mut texts = brown();
    texts.push(SEED.to_string());
    for t in &texts {
        let link = encode(t, Some("A title"), Some(ClaimId(4))).unwrap();
        assert!(link.starts_with("2."));
        assert!(
            link.len() < t.len(),
            "the link is not shorter than the text"
        );
        assert!(link
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        let back = decode(&link).unwrap();
        assert_eq!(back.text, *t);
        assert_eq!(back.title.as_deref(), Some("A title"));
        assert_eq!(back.claim, Some(ClaimId(4)));
    }
}

#[test]
fn the_source_address_and_date_travel_with_the_link() {
    let meta = Meta {
        title: Some("Ferry strike strands travellers".into()),
        source_url: Some("https://news.example.org/ferry-strike?id=7".into()),
        published: Some("2024-06-03".into()),
    };
    let back = decode(
        &encode_with(
            "The union said 400 crew walked out.",
            &meta,
            Some(ClaimId(0)),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(back.title, meta.title);
    assert_eq!(back.source_url, meta.source_url);
    assert_eq!(back.published, meta.published);
    assert_eq!(back.claim, Some(ClaimId(0)));
    // An address that is not http(s) is left out, never carried.
    let bad = Meta {
        source_url: Some("javascript:alert(1)".into()),
        ..meta
    };
    let back = decode(&encode_with("The union said so.", &bad, None).unwrap()).unwrap();
    assert_eq!(back.source_url, None);
    assert_eq!(back.published.as_deref(), Some("2024-06-03"));
}

#[test]
fn a_link_of_the_first_version_still_opens() {
    // Made by the version before source addresses and dates were carried.
    let link = "1.RYzRCYAwDAXBz07xJigIzuACukCKxZbSFJIU17ei4N_BHYfNmlRo5qIIjUxBBksRiSS0LtP-MyqpRYFSPjAvX6_ExTu3Zk1RauRXPwvuNYz8IkXK57D-Bg";
    let back = decode(link).unwrap();
    assert_eq!(
        back.title.as_deref(),
        Some("Storm sinks boats at the harbour")
    );
    assert_eq!(back.claim, Some(ClaimId(1)));
    assert_eq!(
        back.text,
        "The harbour master said 14 boats sank.\n\nFishermen said the number was higher."
    );
    assert_eq!((back.source_url, back.published), (None, None));
}

#[test]
fn no_title_and_no_claim_round_trip_too() {
    let back = decode(&encode("Officials said 12 people died.", None, None).unwrap()).unwrap();
    assert_eq!((back.title, back.claim), (None, None));
}

#[test]
fn a_report_too_long_for_a_link_is_refused_with_its_size() {
    // Fifteen press texts (about 180 KB) compress to more than 32 KB.
    let all: String = brown().concat() + &brown()[..3].concat();
    let e = encode(&all, None, None).unwrap_err();
    let ShareError::TooLong {
        link_chars: Some(n),
        ..
    } = e
    else {
        panic!("{e:?}")
    };
    assert!(n > MAX_LINK_CHARS);
    let m = e.to_string();
    assert!(
        m.starts_with("This report is too long to share as a link: the link would be "),
        "{m}"
    );
    assert!(m.ends_with("share links are kept under 32.0 KB so that they open everywhere. Export it as a file instead."));
    // Very long texts are refused before any work.
    let huge = "a".repeat(MAX_SHARE_TEXT_BYTES + 1);
    assert_eq!(
        encode(&huge, None, None),
        Err(ShareError::TooLong {
            text_bytes: MAX_SHARE_TEXT_BYTES + 1,
            link_chars: None
        })
    );
    assert_eq!(encode(" \n", None, None), Err(ShareError::Empty));
}

#[test]
fn a_link_made_by_another_deflate_implementation_opens() {
    // zlib's raw DEFLATE (dynamic Huffman codes) of a title, claim 3 and a text.
    let link = "1.ZY9BisMwDEUXhS56ik_XJTAwZ-gJCl2rsRyLOpaR7YbcfhwPzGa2-v8_ns73qOrK6REYqyQp1XYUEgdNeDQujnbUQBXfX8isOTICOThhB0k9YviBuOHVKo7lpvZmK7-Yo5Da-mLDRgVBlsA2XS7X5wH69FArCnMCpR38Ecdp7ky1MVXvZRaK8LI049sVhJL1zWXTldJfzzgKeyymLaNqdP2S1Wr3mPD_uaE9iMOK5rkZVZ5-AA";
    let back = decode(link).unwrap();
    assert_eq!(back.title.as_deref(), Some("Floods"));
    assert_eq!(back.claim, Some(ClaimId(2)));
    assert!(back
        .text
        .starts_with("The ministry said on Tuesday that 41 people had died"));
    assert!(back
        .text
        .ends_with("The ministry said the figure was accurate."));
}

#[test]
fn damaged_foreign_and_newer_links_are_named() {
    let good = encode(SEED, Some("T"), None).unwrap();
    let cut = &good[..good.len() / 2];
    assert_eq!(decode(cut), Err(ShareError::Damaged));
    let mut altered = good.clone().into_bytes();
    altered[40] = if altered[40] == b'A' { b'B' } else { b'A' };
    assert!(decode(std::str::from_utf8(&altered).unwrap()).is_err());
    assert_eq!(decode("1.***"), Err(ShareError::Damaged));
    assert_eq!(decode("hello"), Err(ShareError::NotALink));
    assert_eq!(decode("r.abc"), Err(ShareError::NotALink));
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(
        decode("3.AAAA").unwrap_err().to_string(),
        "This link was made by a newer version of claim-reader (link version 3); open it with that version, or ask for the report as a file."
    );
    assert!(ShareError::Damaged
        .to_string()
        .starts_with("This share link is damaged"));
}

/// A fixed-code DEFLATE block: two zero bytes (no title, no claim), "a",
/// then `matches` copies of 258 bytes at distance 1, in base64url.
fn bomb(matches: usize) -> String {
    let mut bits: Vec<bool> = Vec::new();
    let mut code = |value: u32, len: u32| {
        for k in (0..len).rev() {
            bits.push(value >> k & 1 == 1);
        }
    };
    code(0b1, 1); // last block (header bits go least significant first)
    code(0b10, 2); // fixed codes: BTYPE 01, written as its bits in order
    for byte in [0u32, 0, b'a' as u32] {
        code(0x30 + byte, 8);
    }
    for _ in 0..matches {
        code(0b1100_0101, 8); // length 258
        code(0, 5); // distance 1
    }
    code(0, 7); // end of block
    let mut bytes = vec![0u8; bits.len().div_ceil(8)];
    for (k, b) in bits.iter().enumerate() {
        if *b {
            bytes[k / 8] |= 1 << (k % 8);
        }
    }
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for c in bytes.chunks(3) {
        let n = c
            .iter()
            .enumerate()
            .fold(0u32, |acc, (k, &b)| acc | (b as u32) << (16 - 8 * k));
        for k in 0..=c.len() {
            out.push(A[(n >> (18 - 6 * k) & 63) as usize] as char);
        }
    }
    out
}

#[test]
fn a_compression_bomb_is_refused_at_the_size_limit() {
    // 300 copies open: the hand-made stream is read as any other.
    let small = decode(&format!("1.{}", bomb(300))).unwrap();
    assert_eq!(small.text.len(), 1 + 300 * 258);
    // 24,000 copies would be 6 MB, over the limit: refused, never built.
    let link = format!("1.{}", bomb(24_000));
    assert!(link.len() < 2 * MAX_LINK_CHARS);
    assert_eq!(decode(&link), Err(ShareError::Damaged));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn any_text_round_trips(s in "[^\r\0]{1,400}", title in proptest::option::of("[a-z ]{1,20}"), claim in proptest::option::of(0u32..10_000), date in proptest::option::of("[0-9a-zA-Z ,-]{1,30}"), path in proptest::option::of("[a-z0-9/._~-]{0,60}")) {
        prop_assume!(!s.trim().is_empty() && !s.starts_with('\u{feff}'));
        let url = path.map(|p| format!("https://example.org/{p}"));
        let meta = Meta { title: title.clone(), source_url: url.clone(), published: date.clone() };
        let link = encode_with(&s, &meta, claim.map(ClaimId)).unwrap();
        let back = decode(&link).unwrap();
        prop_assert_eq!(back.text, s);
        prop_assert_eq!(back.claim, claim.map(ClaimId));
        prop_assert_eq!(back.source_url, url);
        prop_assert_eq!(back.published, date.map(|d| d.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|d| !d.is_empty()));
    }

    #[test]
    fn any_string_decodes_or_is_refused_without_panicking(s in any::<String>()) {
        let _ = decode(&s);
        let _ = decode(&format!("1.{s}"));
        let _ = decode(&format!("2.{s}"));
    }

    #[test]
    fn any_base64_payload_decodes_or_is_refused_without_panicking(s in "[A-Za-z0-9_-]{0,300}") {
        let _ = decode(&format!("1.{s}"));
        let _ = decode(&format!("2.{s}"));
    }
}
