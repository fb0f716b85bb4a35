//! One AFL++ harness for every target in `varco::fuzz::TARGETS`, chosen by its first
//! argument (`varco-fuzz flow_toml`). It owns nothing but the choice; the targets are the
//! library's, shared with the property tests that CI runs.

fn main() {
    let name = std::env::args().nth(1).unwrap_or_default();
    let Some(&(_, target)) = varco::fuzz::TARGETS.iter().find(|(n, _)| *n == name) else {
        let names: Vec<&str> = varco::fuzz::TARGETS.iter().map(|(n, _)| *n).collect();
        eprintln!("usage: varco-fuzz TARGET (one of: {})", names.join(", "));
        std::process::exit(2);
    };
    afl::fuzz!(|data: &[u8]| target(data));
}
