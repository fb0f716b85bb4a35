//! Owns the `VARCO__SECTION__KEY` environment overrides: which variables are settings and
//! which are secrets, and how a value is written into the parsed TOML table; must not read
//! the process environment itself (the caller passes it in) nor keep secret values in a
//! table or an error message.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{clean_message, Config, Error, Result, Secret, SecretName, ENV_PREFIX};

/// The `VARCO__…` part of an environment, split into settings and secrets.
pub(super) struct Environment {
    /// Sorted by variable name, so the outcome never depends on the environment's order.
    pub(super) overrides: Vec<Setting>,
    pub(super) secrets: BTreeMap<SecretName, Secret>,
}

/// One `VARCO__A__B=value` override of the key `a.b`.
pub(super) struct Setting {
    var: String,
    path: Vec<String>,
    raw: String,
}

impl Environment {
    pub(super) fn collect<I>(env: I) -> Result<Environment>
    where
        I: IntoIterator<Item = (String, String)>,
    {
        let mut settings = BTreeMap::new();
        let mut secrets = BTreeMap::new();
        for (var, value) in env {
            let Some(rest) = var.strip_prefix(ENV_PREFIX) else {
                continue;
            };
            if let Some(which) = SecretName::ALL.into_iter().find(|s| s.env_var() == var) {
                secrets.insert(which, Secret::new(value));
                continue;
            }
            let path: Vec<String> = rest.split("__").map(str::to_ascii_lowercase).collect();
            if path.iter().any(String::is_empty) {
                return Err(Error::Env {
                    var,
                    message: "expected VARCO__SECTION__KEY (upper case, parts separated by double underscores)"
                        .to_owned(),
                });
            }
            settings.insert(var.clone(), Setting { var, path, raw: value });
        }
        Ok(Environment {
            overrides: settings.into_values().collect(),
            secrets,
        })
    }
}

impl Setting {
    /// Write this override into `table`, keeping the table unchanged on error. The value
    /// is tried as a TOML bool, integer, array or inline table when it parses as one, then
    /// as a plain string (so `VARCO__HELPLINE__EMERGENCY=112` still sets a string).
    pub(super) fn apply(&self, table: &mut toml::Table) -> Result<()> {
        let mut first_error = None;
        for value in self.candidates() {
            let mut trial = table.clone();
            self.set(&mut trial, value)?;
            match Config::deserialize(toml::Value::Table(trial.clone())) {
                Ok(_) => {
                    *table = trial;
                    return Ok(());
                }
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        let message = first_error.map_or_else(String::new, |e| clean_message(e.message()));
        Err(self.error(format!("cannot set {}: {message}", self.key())))
    }

    fn candidates(&self) -> Vec<toml::Value> {
        let as_string = toml::Value::String(self.raw.clone());
        let parsed = format!("v = {}", self.raw)
            .parse::<toml::Table>()
            .ok()
            .filter(|t| t.len() == 1)
            .and_then(|mut t| t.remove("v"))
            .filter(|v| {
                matches!(
                    v,
                    toml::Value::Boolean(_)
                        | toml::Value::Integer(_)
                        | toml::Value::Float(_)
                        | toml::Value::Array(_)
                        | toml::Value::Table(_)
                )
            });
        match parsed {
            Some(value) => vec![value, as_string],
            None => vec![as_string],
        }
    }

    /// Set `path` in `table`, creating missing intermediate tables.
    fn set(&self, table: &mut toml::Table, value: toml::Value) -> Result<()> {
        let Some((last, parents)) = self.path.split_last() else {
            return Err(self.error("names no key".to_owned()));
        };
        let mut current = table;
        for (depth, part) in parents.iter().enumerate() {
            let entry = current
                .entry(part.clone())
                .or_insert_with(|| toml::Value::Table(toml::Table::new()));
            current = match entry {
                toml::Value::Table(inner) => inner,
                _ => {
                    let key = self.path[..=depth].join(".");
                    return Err(self.error(format!("{key} is not a table")));
                }
            };
        }
        current.insert(last.clone(), value);
        Ok(())
    }

    fn key(&self) -> String {
        self.path.join(".")
    }

    fn error(&self, message: String) -> Error {
        Error::Env {
            var: self.var.clone(),
            message,
        }
    }
}
