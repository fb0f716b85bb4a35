//! Reading the configuration again while `serve` runs (SIGHUP): the file named at start is
//! loaded and validated as a start would, and compared key by key with what is served, so
//! that `serve` can apply the one part it changes while serving (the roster,
//! `[[matrix.operators]]`) and name every other changed key as needing a restart. It owns
//! the comparison; it must not apply anything, read secrets, nor put a value (which may be
//! a secret put in the wrong key) in what it returns.

use std::path::Path;

use serde_json::Value;

use super::{Config, Error, Result};

/// The one key a reload applies; every other change needs a restart.
pub const ROSTER_KEY: &str = "matrix.operators";

/// What a reload found: the configuration as the file says now, and the dotted keys
/// (never their values) that differ from the served one other than the roster.
#[derive(Debug)]
pub struct Reread {
    /// The configuration read again, validated.
    pub config: Config,
    /// Keys changed in the file that a reload does not apply (`telegram.poll_timeout_secs`,
    /// `matrix.lobby_room`…), in alphabetical order.
    pub ignored: Vec<String>,
    /// Whether `[[matrix.operators]]` differs from the served roster.
    pub roster_changed: bool,
}

impl Config {
    /// The file this configuration was loaded from, if it came from one.
    pub fn source(&self) -> Option<&Path> {
        self.source.as_deref()
    }

    /// Load this configuration's file again (with the process environment, as at start),
    /// validate it whole, and compare it with `self`. A file that does not load or
    /// validate is an error naming its file and line, or its keys; nothing is applied.
    pub fn reread(&self) -> Result<Reread> {
        let Some(path) = self.source() else {
            return Err(Error::Read {
                path: Default::default(),
                message: "the configuration did not come from a file".into(),
            });
        };
        let config = Config::load(path)?;
        config.validate()?;
        let ignored = changed_keys(self, &config)
            .into_iter()
            .filter(|k| k != ROSTER_KEY)
            .collect();
        Ok(Reread {
            roster_changed: self.matrix.operators != config.matrix.operators,
            config,
            ignored,
        })
    }
}

/// The dotted keys whose values differ between `old` and `new` (a whole array counts as
/// one key); values are never part of the answer.
pub fn changed_keys(old: &Config, new: &Config) -> Vec<String> {
    let (Ok(old), Ok(new)) = (serde_json::to_value(old), serde_json::to_value(new)) else {
        return Vec::new();
    };
    let mut keys = Vec::new();
    differences("", &old, &new, &mut keys);
    keys
}

fn differences(prefix: &str, old: &Value, new: &Value, keys: &mut Vec<String>) {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            for name in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
                let key = match prefix {
                    "" => name.clone(),
                    p => format!("{p}.{name}"),
                };
                let null = Value::Null;
                differences(&key, a.get(name).unwrap_or(&null), b.get(name).unwrap_or(&null), keys);
            }
        }
        (a, b) if a != b => keys.push(prefix.to_owned()),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(text: &str) -> Config {
        Config::from_toml_str(text, "varco.toml").unwrap()
    }

    #[test]
    fn changed_keys_name_keys_never_values() {
        let old = config("[telegram]\npoll_timeout_secs = 5\n[matrix]\nlobby_room = \"!a:x\"\n");
        let new = config(
            "[telegram]\npoll_timeout_secs = 7\n[matrix]\nlobby_room = \"!secret:x\"\n\
             [[matrix.operators]]\nuser = \"@anna:x\"\nlanguages = [\"en\"]\n",
        );
        let keys = changed_keys(&old, &new);
        assert_eq!(keys, ["matrix.lobby_room", ROSTER_KEY, "telegram.poll_timeout_secs"]);
        assert!(keys.iter().all(|k| !k.contains("secret") && !k.contains('7')));
        assert!(changed_keys(&old, &old).is_empty());
    }
}
