//! The HTML form of a [`Report`]: one self-contained page (inline CSS, inline SVG bar charts
//! drawn here) that a coordinator opens in a browser, offline. It owns the page's layout; it
//! must not load anything (no script, no external URL, no font), and must not show a
//! suppressed cell's size in any way (a suppressed bar is a hatched stub of fixed height,
//! and there are no totals).

use super::report::{Cell, Report, Topic};

const PALETTE: &[&str] = &[
    "#1f5f8b", "#d2691e", "#2e8b57", "#8b3a62", "#6a5acd", "#b8860b", "#4682b4", "#a0522d",
];
const CHART_H: u32 = 160;
const BAR_W: u32 = 14;
const GAP: u32 = 18;
const STUB_H: u32 = 6;

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2rem;color:#222;background:#fff}\
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}\
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.2rem .6rem;text-align:right}\
th:first-child,td:first-child{text-align:left}.s{color:#777;font-style:italic}\
.legend span{display:inline-block;margin-right:1rem}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem}\
.note{color:#555;font-size:.9rem}";

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The whole page.
pub fn render(report: &Report) -> String {
    let span = match (report.months.first(), report.months.last()) {
        (Some(a), Some(b)) => format!("{a} – {b}"),
        _ => String::new(),
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Varco report {span}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>Varco monthly report, {span}</h1>\n<p class=\"note\">Anonymous counters only. Cells under {n} are shown as &lt;{n} and drawn as a hatched stub; rows and months are not summed, so no suppressed cell can be worked back.</p>\n",
        n = report.suppressed_below
    );
    for (i, topic) in report.topics.iter().enumerate() {
        out.push_str(&section(report, topic, i));
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn section(report: &Report, topic: &Topic, index: usize) -> String {
    let mut out = format!("<h2>{}</h2>\n", escape(&topic.title));
    if topic.lines.is_empty() {
        out.push_str("<p class=\"note\">Nothing counted in these months.</p>\n");
        return out;
    }
    out.push_str(&chart(report, topic, index));
    out.push_str("<p class=\"legend\">");
    for (i, line) in topic.lines.iter().enumerate() {
        out.push_str(&format!(
            "<span><i style=\"background:{}\"></i>{}</span>",
            PALETTE[i % PALETTE.len()],
            escape(&line.label)
        ));
    }
    out.push_str("</p>\n<table>\n<tr><th></th>");
    for m in &report.months {
        out.push_str(&format!("<th>{m}</th>"));
    }
    out.push_str("</tr>\n");
    for line in &topic.lines {
        out.push_str(&format!("<tr><td>{}</td>", escape(&line.label)));
        for cell in &line.cells {
            match cell {
                Cell::Count(n) => out.push_str(&format!("<td>{n}</td>")),
                Cell::Suppressed => out.push_str(&format!("<td class=\"s\">{}</td>", escape(&cell.text()))),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    out
}

/// Grouped bars: one group per month, one bar per counter; the axis is scaled to the
/// largest shown count. `index` keeps the hatch pattern's id unique in the page.
fn chart(report: &Report, topic: &Topic, index: usize) -> String {
    let lines = topic.lines.len() as u32;
    // Wide enough for the month's label under a single bar.
    let group_w = (lines * BAR_W + GAP).max(56);
    let width = 40 + report.months.len() as u32 * group_w;
    let height = CHART_H + 30;
    let max = topic
        .lines
        .iter()
        .flat_map(|l| &l.cells)
        .filter_map(|c| match c {
            Cell::Count(n) => Some(*n),
            Cell::Suppressed => None,
        })
        .max()
        .unwrap_or(1);
    let mut out = format!(
        "<svg width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">\n\
<defs><pattern id=\"h{index}\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\"><path d=\"M0,4 L4,0\" stroke=\"#999\"/></pattern></defs>\n\
<line x1=\"36\" y1=\"{CHART_H}\" x2=\"{width}\" y2=\"{CHART_H}\" stroke=\"#444\"/>\n<text x=\"32\" y=\"12\" font-size=\"10\" text-anchor=\"end\">{max}</text>\n",
        escape(&topic.title)
    );
    for (mi, month) in report.months.iter().enumerate() {
        let x0 = 40 + mi as u32 * group_w;
        for (li, line) in topic.lines.iter().enumerate() {
            let x = x0 + li as u32 * BAR_W;
            out.push_str(&bar(x, line.cells[mi], max, PALETTE[li % PALETTE.len()], index));
        }
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{month}</text>\n",
            x0 + lines * BAR_W / 2,
            CHART_H + 14
        ));
    }
    out.push_str("</svg>\n");
    out
}

fn bar(x: u32, cell: Cell, max: u64, colour: &str, pattern: usize) -> String {
    let w = BAR_W - 2;
    match cell {
        Cell::Count(n) => {
            let h = ((n as f64 / max as f64) * f64::from(CHART_H - 16)).round().max(1.0) as u32;
            format!(
                "<rect x=\"{x}\" y=\"{}\" width=\"{w}\" height=\"{h}\" fill=\"{colour}\"><title>{n}</title></rect>\n",
                CHART_H - h
            )
        }
        Cell::Suppressed => format!(
            "<rect x=\"{x}\" y=\"{}\" width=\"{w}\" height=\"{STUB_H}\" fill=\"url(#h{pattern})\" stroke=\"{colour}\"><title>&lt;5</title></rect>\n",
            CHART_H - STUB_H
        ),
    }
}
