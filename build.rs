//! Embeds `flows/*.toml`, `locales/*/*.ftl` and `locales/*/places.csv` into the binary, so `varco chat` runs from a
//! fresh clone with no paths to set. `--flows`/`--locales` still read directories at run time.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    let mut code = String::new();

    let flows = files(&root.join("flows"), "toml");
    code.push_str("/// `(path, contents)` of every embedded flow file.\npub static FLOWS: &[(&str, &str)] = &[\n");
    for f in &flows {
        entry(&mut code, &root, f);
    }
    code.push_str("];\n");

    let mut ftl = Vec::new();
    for dir in dirs(&root.join("locales")) {
        ftl.extend(files(&dir, "ftl"));
    }
    code.push_str("/// `(path, contents)` of every embedded Fluent file.\npub static LOCALES: &[(&str, &str)] = &[\n");
    for f in &ftl {
        entry(&mut code, &root, f);
    }
    code.push_str("];\n");

    let mut places = Vec::new();
    for dir in dirs(&root.join("locales")) {
        places.extend(files(&dir, "csv"));
    }
    code.push_str(
        "/// `(path, contents)` of every embedded `locales/<lang>/places.csv` (place names in a language).\npub static PLACES: &[(&str, &str)] = &[\n",
    );
    for f in &places {
        entry(&mut code, &root, f);
    }
    code.push_str("];\n");

    fs::File::create(&out)
        .and_then(|mut o| o.write_all(code.as_bytes()))
        .expect("write embedded.rs");
    println!("cargo:rerun-if-changed=flows");
    println!("cargo:rerun-if-changed=locales");
    for d in dirs(&root.join("locales")) {
        println!("cargo:rerun-if-changed={}", d.display());
    }
}

fn entry(code: &mut String, root: &Path, file: &Path) {
    let rel = file
        .strip_prefix(root)
        .unwrap_or(file)
        .to_string_lossy()
        .replace('\\', "/");
    println!("cargo:rerun-if-changed={}", file.display());
    code.push_str(&format!(
        "    ({rel:?}, include_str!({:?})),\n",
        file.display().to_string()
    ));
}

fn dirs(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}
