//! Reading and checking a directory file (`deploy/directory.toml` format, version 1): every
//! problem with file and line — syntax, an unknown region or province, a city in another
//! region, an empty or repeated name, a contact that is not a phone, URL or e-mail shape.
//! It owns the file's shape and its checks; it must not read the disk or decide what
//! people are told.

use std::collections::HashMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::places::{self, fold};
use super::{Project, Scope};
use crate::flow::{Diagnostic, LineCol};

/// The only directory format version this build understands.
const FORMAT_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDef {
    version: u32,
    #[serde(default)]
    projects: Vec<Spanned<ProjectDef>>,
}

/// One partner as written; only `name` is required (a file of the first format, with
/// `name`, `city`, `region` and `phone`, still reads).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProjectDef {
    name: Spanned<String>,
    scope: Option<Spanned<String>>,
    region: Option<Spanned<String>>,
    province: Option<Spanned<String>>,
    city: Option<Spanned<String>>,
    phone: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    web: Option<Spanned<String>>,
}

/// The partners a file lists and every problem found in it (errors and warnings).
pub(super) fn load(file: &str, text: &str) -> (Vec<Project>, Vec<Diagnostic>) {
    let def: FileDef = match toml::from_str(text) {
        Ok(def) => def,
        Err(e) => {
            let at = e
                .span()
                .map_or(LineCol::WHOLE_FILE, |s| LineCol::of_offset(text, s.start));
            let message = e.message().trim_end_matches('.').to_owned();
            return (Vec::new(), vec![Diagnostic::error(file, at, None, message)]);
        }
    };
    if def.version != FORMAT_VERSION {
        let message = format!(
            "directory format version {} is not supported (expected {FORMAT_VERSION})",
            def.version
        );
        return (
            Vec::new(),
            vec![Diagnostic::error(file, LineCol::WHOLE_FILE, None, message)],
        );
    }
    let mut checker = Checker {
        file,
        text,
        diags: Vec::new(),
        names: HashMap::new(),
    };
    let projects = def.projects.iter().map(|p| checker.project(p)).collect();
    (projects, checker.diags)
}

struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    diags: Vec<Diagnostic>,
    /// Folded names seen so far, with their line.
    names: HashMap<String, usize>,
}

impl Checker<'_> {
    fn at(&self, span: &Range<usize>) -> LineCol {
        LineCol::of_offset(self.text, span.start)
    }

    fn error(&mut self, span: &Range<usize>, message: String) {
        let at = self.at(span);
        self.diags.push(Diagnostic::error(self.file, at, None, message));
    }

    fn project(&mut self, def: &Spanned<ProjectDef>) -> Project {
        let p = def.get_ref();
        let name = p.name.get_ref().trim().to_owned();
        self.name(&name, p.name.span());
        let scope = self.scope(p.scope.as_ref());
        let region = self.region(p.region.as_ref(), scope, (&name, def.span()));
        let province = self.province(p.province.as_ref(), region);
        let city = filled(p.city.as_ref()).map(|c| self.city(c, region));
        Project {
            name,
            scope,
            region: region.map(str::to_owned),
            province,
            city: city.unwrap_or_default(),
            phone: self.contact(p.phone.as_ref(), "phone", is_phone),
            email: self.contact(p.email.as_ref(), "email", is_email),
            web: self.contact(p.web.as_ref(), "web", is_web),
        }
    }

    fn name(&mut self, name: &str, span: Range<usize>) {
        if name.is_empty() {
            return self.error(&span, "a partner's name is empty".into());
        }
        let key = fold(name);
        match self.names.get(&key) {
            Some(&first) => self.error(&span, format!("duplicate name `{name}` (first at line {first})")),
            None => {
                let line = self.at(&span).line;
                self.names.insert(key, line);
            }
        }
    }

    fn scope(&mut self, scope: Option<&Spanned<String>>) -> Scope {
        let Some(s) = scope else { return Scope::Local };
        match Scope::named(s.get_ref()) {
            Some(scope) => scope,
            None => {
                let message = format!(
                    "unknown scope `{}` (expected national, regional, provincial or local)",
                    s.get_ref()
                );
                self.error(&s.span(), message);
                Scope::Local
            }
        }
    }

    /// The region's name as the directory writes it; a partner working in one place
    /// without a region is a warning (it is not offered by place until filled in).
    fn region(
        &mut self,
        region: Option<&Spanned<String>>,
        scope: Scope,
        (name, entry): (&str, Range<usize>),
    ) -> Option<&'static str> {
        let Some(r) = filled(region) else {
            if scope != Scope::National {
                let at = self.at(&entry);
                let message =
                    format!("no region yet for `{name}`: not offered by place until region and province are filled in");
                self.diags.push(Diagnostic::warning(self.file, at, None, message));
            }
            return None;
        };
        let found = places::region_named(r.get_ref());
        if found.is_none() {
            let hint = places::resolve(r.get_ref())
                .map(|p| format!(" (did you mean `{}`?)", p.region))
                .unwrap_or_default();
            self.error(&r.span(), format!("unknown region `{}`{hint}", r.get_ref()));
        }
        found
    }

    fn province(&mut self, province: Option<&Spanned<String>>, region: Option<&str>) -> Option<String> {
        let p = filled(province)?;
        let code = p.get_ref().trim().to_uppercase();
        match places::province_region(&code) {
            None => self.error(
                &p.span(),
                format!("unknown province `{}` (give its code, e.g. `TO`)", p.get_ref()),
            ),
            Some(home) if region.is_some_and(|r| r != home) => {
                let message = format!("province `{code}` is in {home}, not {}", region.unwrap_or_default());
                self.error(&p.span(), message);
            }
            Some(_) => {}
        }
        Some(code)
    }

    /// The city as written; one the table knows must lie in the partner's region.
    fn city(&mut self, city: &Spanned<String>, region: Option<&str>) -> String {
        let name = city.get_ref().trim();
        let known = places::cities().iter().find(|c| fold(c.name) == fold(name));
        if let (Some(c), Some(r)) = (known, region) {
            if c.region != r {
                self.error(&city.span(), format!("city `{name}` is in {}, not {r}", c.region));
            }
        }
        name.to_owned()
    }

    fn contact(&mut self, value: Option<&Spanned<String>>, field: &str, shape: fn(&str) -> bool) -> Option<String> {
        let v = filled(value)?;
        let text = v.get_ref().trim();
        if !shape(text) {
            let expected = match field {
                "phone" => "a phone number (digits, spaces, + - / . and brackets)",
                "email" => "an e-mail address",
                _ => "a web address starting with https:// or http://",
            };
            self.error(&v.span(), format!("`{field}` is not {expected}"));
        }
        Some(text.to_owned())
    }
}

/// A field that is present and not blank (contact fields stay empty until the helpline
/// fills them).
fn filled(value: Option<&Spanned<String>>) -> Option<&Spanned<String>> {
    value.filter(|v| !v.get_ref().trim().is_empty())
}

fn is_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.starts_with(|c: char| c == '+' || c.is_ascii_digit() || c == '(')
        && s.chars().all(|c| c.is_ascii_digit() || " +-/.()".contains(c))
        && (3..=15).contains(&digits)
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(char::is_whitespace)
}

fn is_web(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split('/').next().unwrap_or("");
        host.contains('.') && !host.starts_with('.') && !r.chars().any(char::is_whitespace)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_shapes() {
        assert!(is_phone("800 290 290"));
        assert!(is_phone("+39 011 123 4567"));
        assert!(!is_phone("call us"));
        assert!(!is_phone("12"));
        assert!(is_email("info@example.org"));
        assert!(!is_email("info at example.org"));
        assert!(!is_email("info@localhost"));
        assert!(is_web("https://example.org/contatti"));
        assert!(!is_web("example.org"));
        assert!(!is_web("https://exa mple.org"));
    }
}
