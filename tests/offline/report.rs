//! `varco stats report`: the HTML page rendered from a fixture set of counters matches the
//! golden file (`UPDATE_GOLDEN=1` rewrites it), every cell under 5 is suppressed in CSV,
//! JSON and HTML with no total to subtract from, the page loads nothing from outside, and
//! headless Chromium renders it to a non-blank screenshot.

use std::path::Path;

use varco::stats::{html, report};

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/report.golden.html");

/// Three months of counters; the small ones (1–4) must never show.
fn fixture() -> Vec<(String, u64)> {
    [
        ("2026-09|started", 41),
        ("2026-10|started", 57),
        ("2026-11|started", 3),
        ("2026-09|language:it", 22),
        ("2026-10|language:it", 31),
        ("2026-09|language:en", 19),
        ("2026-10|language:en", 4),
        ("2026-10|language:uk", 2),
        ("2026-09|caller:victim", 12),
        ("2026-10|caller:professional", 6),
        ("2026-09|handoff:asked", 9),
        ("2026-10|handoff:asked", 1),
        ("2026-10|priority:urgent", 7),
        ("2026-09|claim_minutes:0-5", 8),
        ("2026-10|claim_minutes:5-15", 3),
        ("2026-09|outcome:referred", 5),
        ("2026-09|quick_exit", 6),
        ("2026-10|quick_exit", 2),
        ("2026-10|campaign:qr-torino", 14),
        ("2026-11|campaign:qr-torino", 1),
        ("2026-08|started", 99),
    ]
    .into_iter()
    .map(|(k, n)| (k.to_owned(), n))
    .collect()
}

fn built() -> report::Report {
    report::build(&fixture(), "2026-09", "2026-11").expect("the fixture builds")
}

#[test]
fn html_report_matches_golden() {
    let page = html::render(&built());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(GOLDEN, &page).unwrap();
    }
    let golden =
        std::fs::read_to_string(GOLDEN).expect("tests/fixtures/report.golden.html (UPDATE_GOLDEN=1 writes it)");
    assert_eq!(
        page, golden,
        "the HTML report changed; rerun with UPDATE_GOLDEN=1 and read the diff"
    );
}

#[test]
fn html_report_is_self_contained() {
    let page = html::render(&built());
    for banned in ["<script", "http://", "https://", "src=", "<link", "@import", "//"] {
        assert!(!page.contains(banned), "the page contains `{banned}`");
    }
    assert_eq!(
        page.matches("url(").count(),
        page.matches("url(#h").count(),
        "only the inline hatch pattern"
    );
    assert!(page.matches("<svg").count() >= 6, "a chart per topic with data");
}

#[test]
fn small_cells_are_suppressed_in_csv() {
    let csv = report::csv(&built());
    let mut suppressed = 0;
    for row in csv.lines().skip(1) {
        let count = row.rsplit(',').next().unwrap();
        match count {
            "<5" => suppressed += 1,
            n => assert!(n.parse::<u64>().unwrap() >= 5, "row {row}"),
        }
    }
    assert!(csv.contains("Conversations,started,2026-11,<5\n"), "{csv}");
    assert!(
        csv.contains("Languages,uk,2026-09,<5\n"),
        "zero is suppressed too: {csv}"
    );
    assert!(!csv.contains("2026-08"), "months outside the span are left out");
    assert!(suppressed >= 10, "{csv}");
    assert!(!csv.to_lowercase().contains("total"));
}

#[test]
fn small_cells_are_suppressed_in_json() {
    let json: serde_json::Value = serde_json::from_str(&report::json(&built())).unwrap();
    let mut cells = 0;
    for topic in json["topics"].as_array().unwrap() {
        for line in topic["lines"].as_array().unwrap() {
            for cell in line["cells"].as_array().unwrap() {
                cells += 1;
                match cell {
                    serde_json::Value::String(s) => assert_eq!(s, "<5"),
                    n => assert!(n.as_u64().unwrap() >= 5, "{n}"),
                }
            }
        }
    }
    assert!(cells > 20);
    assert!(!json.to_string().to_lowercase().contains("total"));
}

#[test]
fn small_cells_are_suppressed_in_html() {
    let page = html::render(&built());
    // Every table cell and every bar's tooltip is "<5" or at least 5.
    for (open, close) in [
        ("<td>", "</td>"),
        ("<td class=\"s\">", "</td>"),
        ("<title>", "</title>"),
    ] {
        for piece in page.split(open).skip(1) {
            let value = &piece[..piece.find(close).unwrap()];
            if value == "&lt;5" || value.starts_with("Varco report") {
                continue;
            }
            if let Ok(n) = value.parse::<u64>() {
                assert!(n >= 5, "`{open}{value}` shows a small cell");
            }
        }
    }
    let suppressed_cells = page.matches("<td class=\"s\">&lt;5</td>").count();
    let csv_suppressed = report::csv(&built()).matches(",<5\n").count();
    assert_eq!(suppressed_cells, csv_suppressed, "the same cells are suppressed");
    assert_eq!(
        page.matches("<title>&lt;5</title>").count(),
        csv_suppressed,
        "and drawn as stubs"
    );
    assert!(!page.to_lowercase().contains("total"), "no totals to subtract from");
}

/// Debian's `chromium`, installed by apt when missing (as root, as in CI); the path.
fn chromium() -> std::path::PathBuf {
    for name in ["chromium", "chromium-browser"] {
        for dir in ["/usr/bin", "/usr/local/bin"] {
            let path = Path::new(dir).join(name);
            if path.exists() {
                return path;
            }
        }
    }
    let status = std::process::Command::new("apt-get")
        .args(["install", "-y", "--no-install-recommends", "chromium"])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .expect("run apt-get (Debian's chromium is needed for the screenshot test)");
    assert!(status.success(), "apt-get install chromium failed");
    Path::new("/usr/bin/chromium").to_path_buf()
}

/// Chromium's screenshot of `page` at 1000×1400: the PNG's bytes.
fn screenshot(chromium: &Path, dir: &Path, page: &Path) -> Vec<u8> {
    let shot = page.with_extension("png");
    let output = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=1000,1400",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("start chromium");
    assert!(
        shot.exists(),
        "no screenshot; chromium said: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let png = std::fs::read(&shot).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(png[20..24].try_into().unwrap());
    assert_eq!((width, height), (1000, 1400), "the window size");
    png
}

#[test]
fn html_report_renders_in_headless_chromium() {
    let chromium = chromium();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    std::fs::write(&page, html::render(&built())).unwrap();
    let blank = dir.path().join("blank.html");
    std::fs::write(&blank, "<!DOCTYPE html><html><body></body></html>").unwrap();
    let report_png = screenshot(&chromium, dir.path(), &page);
    let blank_png = screenshot(&chromium, dir.path(), &blank);
    // A blank page compresses to almost nothing; charts, tables and text do not.
    assert!(
        report_png.len() > 5 * blank_png.len(),
        "the report's screenshot looks blank ({} bytes; a blank page: {})",
        report_png.len(),
        blank_png.len()
    );
}
