//! The operators' audit chain: how entries are linked and how a chain is checked. Each
//! entry is `at (u64 BE) ‖ prev (32 bytes) ‖ hash (32 bytes) ‖ body`, where `prev` is the
//! hash of the entry before it (zeros for the first ever) and `hash` is the entry's own:
//! SHA-256 over a domain tag, its position, time, `prev` and body. The store keeps the entries sealed by position, the
//! chain's head (position and hash of the last entry, sealed) and, once retention removed
//! the oldest entries, the base (position and hash of the last removed one). It owns the
//! format and [`verify`]; it must not interpret bodies (the desk encodes them) nor do I/O.

use sha2::{Digest, Sha256};

/// Hash before the first entry of a chain.
pub const GENESIS: [u8; 32] = [0; 32];

/// One entry to append: its time and the desk's encoded body (never message contents).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditAppend {
    /// Seconds since the epoch (the turn's clock).
    pub at: u64,
    /// The entry as the desk encodes it; opaque to the store.
    pub body: Vec<u8>,
}

/// A position in the chain and the hash of the entry there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChainPoint {
    /// 1-based position of the entry.
    pub seq: u64,
    /// Its hash.
    pub hash: [u8; 32],
}

/// One stored entry as read back: `None` when its sealed value did not open (changed
/// without the key) or did not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditLink {
    /// The position its key says.
    pub seq: u64,
    /// Its time, the previous entry's hash and its body, if it opened and its own hash is
    /// right.
    pub entry: Option<(u64, [u8; 32], Vec<u8>)>,
}

/// The whole stored chain, in position order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditLog {
    /// Where the chain starts after a purge (the last removed entry); `None`: at the
    /// beginning.
    pub base: Option<ChainPoint>,
    /// Every kept entry, by position.
    pub entries: Vec<AuditLink>,
    /// The last entry appended, as sealed at its append; `None` for an empty chain.
    pub head: Option<ChainPoint>,
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every entry is where it was appended, unchanged, and nothing is missing.
    Intact {
        /// How many entries are kept.
        entries: u64,
    },
    /// The first position where the chain does not hold, and why.
    Broken {
        /// 1-based position of the first bad (or missing) entry.
        position: u64,
        /// What is wrong there (fixed words, never content).
        reason: &'static str,
    },
}

/// The hash of the entry at `seq`.
pub(crate) fn link_hash(seq: u64, at: u64, prev: &[u8; 32], body: &[u8]) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(b"varco audit v1\0");
    h.update(seq.to_be_bytes());
    h.update(at.to_be_bytes());
    h.update(prev);
    h.update(body);
    h.finalize().into()
}

/// An entry's stored plaintext.
pub(crate) fn encode_link(seq: u64, at: u64, prev: &[u8; 32], body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(72 + body.len());
    out.extend_from_slice(&at.to_be_bytes());
    out.extend_from_slice(prev);
    out.extend_from_slice(&link_hash(seq, at, prev, body));
    out.extend_from_slice(body);
    out
}

/// An entry read back at position `seq`: its time, previous hash and body, if `bytes` is
/// long enough and its own hash is right (an entry changed without updating its hash is
/// found at its own position).
pub fn decode_link(seq: u64, bytes: &[u8]) -> Option<(u64, [u8; 32], Vec<u8>)> {
    if bytes.len() < 72 {
        return None;
    }
    let at = u64::from_be_bytes(bytes[..8].try_into().ok()?);
    let prev: [u8; 32] = bytes[8..40].try_into().ok()?;
    let body = bytes[72..].to_vec();
    (bytes[40..72] == link_hash(seq, at, &prev, &body)).then_some((at, prev, body))
}

/// A head or base record's plaintext.
pub(crate) fn encode_point(p: ChainPoint) -> Vec<u8> {
    let mut out = p.seq.to_be_bytes().to_vec();
    out.extend_from_slice(&p.hash);
    out
}

pub(crate) fn decode_point(bytes: &[u8]) -> Option<ChainPoint> {
    if bytes.len() != 40 {
        return None;
    }
    Some(ChainPoint {
        seq: u64::from_be_bytes(bytes[..8].try_into().ok()?),
        hash: bytes[8..].try_into().ok()?,
    })
}

/// Where the next entry goes and what it links to, after `head` (or the start).
pub(crate) fn next_after(head: Option<ChainPoint>) -> (u64, [u8; 32]) {
    match head {
        Some(p) => (p.seq + 1, p.hash),
        None => (1, GENESIS),
    }
}

/// Check a chain: positions follow each other from the base, each entry links to the one
/// before, and the last one is the sealed head. A removed entry shows as a gap (or, at the
/// end, as a head that is not the last entry); a changed one as an entry that does not open
/// or whose successor's link no longer matches; a reordered one as a link that does not
/// match at the first moved position.
pub fn verify(log: &AuditLog) -> Verdict {
    let (mut expected, mut running) = next_after(log.base);
    for link in &log.entries {
        if link.seq != expected {
            return Verdict::Broken {
                position: expected,
                reason: "entry missing",
            };
        }
        let Some((at, prev, body)) = &link.entry else {
            return Verdict::Broken {
                position: link.seq,
                reason: "entry changed",
            };
        };
        if *prev != running {
            return Verdict::Broken {
                position: link.seq,
                reason: "entry does not follow the one before (changed, removed or moved)",
            };
        }
        running = link_hash(link.seq, *at, prev, body);
        expected += 1;
    }
    let last = expected - 1;
    match log.head {
        Some(head) if head.seq == last && head.hash == running => Verdict::Intact {
            entries: log.entries.len() as u64,
        },
        None if log.entries.is_empty() => Verdict::Intact { entries: 0 },
        Some(head) if head.seq > last => Verdict::Broken {
            position: last + 1,
            reason: "entry missing at the end",
        },
        _ => Verdict::Broken {
            position: last.max(1),
            reason: "chain head does not match the last entry",
        },
    }
}

/// The base after removing every entry of `log` older than `before` (only from the
/// start, so the chain stays whole): the new base and the positions removed.
pub(crate) fn purge_plan(log: &AuditLog, before: u64) -> (Option<ChainPoint>, Vec<u64>) {
    let mut base = log.base;
    let mut removed = Vec::new();
    for link in &log.entries {
        let Some((at, prev, body)) = &link.entry else { break };
        if *at >= before {
            break;
        }
        base = Some(ChainPoint {
            seq: link.seq,
            hash: link_hash(link.seq, *at, prev, body),
        });
        removed.push(link.seq);
    }
    (base, removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: u64) -> AuditLog {
        let mut log = AuditLog::default();
        let mut prev = GENESIS;
        for seq in 1..=n {
            let body = format!("entry {seq}").into_bytes();
            log.entries.push(AuditLink {
                seq,
                entry: Some((seq * 10, prev, body.clone())),
            });
            prev = link_hash(seq, seq * 10, &prev, &body);
        }
        log.head = (n > 0).then_some(ChainPoint { seq: n, hash: prev });
        log
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(verify(&chain(0)), Verdict::Intact { entries: 0 });
        assert_eq!(verify(&chain(5)), Verdict::Intact { entries: 5 });
    }

    #[test]
    fn removal_change_and_reorder_are_found_at_their_position() {
        let mut removed = chain(5);
        removed.entries.remove(2);
        assert!(matches!(verify(&removed), Verdict::Broken { position: 3, .. }));
        let mut tail = chain(5);
        tail.entries.pop();
        assert!(matches!(verify(&tail), Verdict::Broken { position: 5, .. }));
        // Changed and re-sealed without its own hash: found where it is.
        let mut changed = chain(5);
        let (at, prev, _) = changed.entries[1].entry.clone().unwrap_or_default();
        let mut bytes = encode_link(2, at, &prev, b"entry 2");
        bytes.truncate(72);
        bytes.extend_from_slice(b"entry X");
        changed.entries[1].entry = decode_link(2, &bytes);
        assert!(matches!(verify(&changed), Verdict::Broken { position: 2, .. }));
        // Changed with its own hash made anew: the next entry no longer follows.
        let mut rehashed = chain(5);
        rehashed.entries[1].entry = decode_link(2, &encode_link(2, at, &prev, b"entry X"));
        assert!(matches!(verify(&rehashed), Verdict::Broken { position: 3, .. }));
        let mut moved = chain(5);
        let (a, b) = (moved.entries[1].entry.clone(), moved.entries[2].entry.clone());
        moved.entries[1].entry = b;
        moved.entries[2].entry = a;
        assert!(matches!(verify(&moved), Verdict::Broken { position: 2, .. }));
    }

    #[test]
    fn a_purged_chain_still_verifies_from_its_base() {
        let mut log = chain(5);
        let (base, removed) = purge_plan(&log, 30);
        assert_eq!(removed, vec![1, 2]);
        log.base = base;
        log.entries.drain(..2);
        assert_eq!(verify(&log), Verdict::Intact { entries: 3 });
    }
}
