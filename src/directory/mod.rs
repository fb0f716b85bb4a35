//! The referral directory: local projects of the national network by region and city. It
//! owns lookup of places people type; it must not hold personal data or contact the
//! projects. Contacts are data the helpline fills in (`deploy/directory.toml`); every
//! answer works without them, falling back to the national number.

use serde::Deserialize;

use crate::flow::{Diagnostic, LineCol};

/// One local project or public body of the network.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// The project's public name, as people are told it.
    pub name: String,
    /// The city it works in; a place people may type.
    pub city: String,
    /// Its region; a place people may type.
    pub region: String,
    /// Public contact number, when the helpline has confirmed one.
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DirectoryFile {
    version: u32,
    #[serde(default)]
    projects: Vec<Project>,
}

/// Every project of the network, as loaded from a directory file.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    projects: Vec<Project>,
}

impl Directory {
    /// No projects: every lookup finds nothing, and people are given the national number.
    pub fn empty() -> Directory {
        Directory::default()
    }

    /// Parse a directory file; errors carry file and line.
    pub fn parse(name: &str, text: &str) -> Result<Directory, Diagnostic> {
        let file: DirectoryFile = toml::from_str(text).map_err(|e| {
            let at = e
                .span()
                .map_or(LineCol::WHOLE_FILE, |s| LineCol::of_offset(text, s.start));
            Diagnostic::error(name, at, None, e.message().trim_end_matches('.').to_owned())
        })?;
        if file.version != 1 {
            return Err(Diagnostic::error(
                name,
                LineCol::WHOLE_FILE,
                None,
                format!(
                    "directory format version {} is not supported (expected 1)",
                    file.version
                ),
            ));
        }
        Ok(Directory {
            projects: file.projects,
        })
    }

    /// How many projects the directory lists.
    pub fn len(&self) -> usize {
        self.projects.len()
    }

    /// Whether it lists no project.
    pub fn is_empty(&self) -> bool {
        self.projects.is_empty()
    }

    /// Projects in the place a person typed: a city or region name, in any case, with or
    /// without accents and surrounding words ("I am in Torino" finds Torino). At most 5.
    pub fn lookup(&self, place: &str) -> Vec<&Project> {
        let words: Vec<String> = fold(place)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() >= 3)
            .map(str::to_owned)
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let hit = |name: &str| {
            let n = fold(name);
            let parts: Vec<&str> = n
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            // Every word of the place name must appear in what was typed.
            !parts.is_empty() && parts.iter().all(|p| words.iter().any(|w| w == p))
        };
        let mut found: Vec<&Project> = self.projects.iter().filter(|p| hit(&p.city)).collect();
        if found.is_empty() {
            found = self.projects.iter().filter(|p| hit(&p.region)).collect();
        }
        found.truncate(5);
        found
    }
}

/// Lowercase without the accents Italian place names carry.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'À' | 'Á' => 'a',
            'è' | 'é' | 'ê' | 'È' | 'É' => 'e',
            'ì' | 'í' | 'Ì' | 'Í' => 'i',
            'ò' | 'ó' | 'Ò' | 'Ó' => 'o',
            'ù' | 'ú' | 'Ù' | 'Ú' => 'u',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> Directory {
        Directory::parse(
            "d.toml",
            r#"version = 1
[[projects]]
name = "Associazione A"
city = "Torino"
region = "Piemonte"
[[projects]]
name = "Cooperativa B"
city = "San Benedetto del Tronto"
region = "Marche"
"#,
        )
        .unwrap()
    }

    #[test]
    fn finds_city_inside_a_sentence_and_by_region() {
        let d = dir();
        assert_eq!(d.lookup("sono a TORINO adesso")[0].name, "Associazione A");
        assert_eq!(d.lookup("piemonte")[0].name, "Associazione A");
        assert_eq!(d.lookup("san benedetto del tronto")[0].name, "Cooperativa B");
        assert!(d.lookup("benedetto").is_empty());
        assert!(d.lookup("").is_empty());
        assert!(d.lookup("Palermo").is_empty());
    }

    #[test]
    fn bad_file_names_line() {
        let err = Directory::parse("d.toml", "version = 1\n[[projects]]\nname = 3\n").unwrap_err();
        assert_eq!(err.line, 3);
    }
}
