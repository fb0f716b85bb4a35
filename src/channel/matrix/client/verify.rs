//! The bot's side of an interactive verification a roster operator starts in Element (the
//! bot's profile → *Verify*): in the direct chat Element opens for it, the request is
//! accepted for SAS (emoji) only, the operator's start is accepted, and once the keys are
//! exchanged the bot writes the seven emoji and the three numbers it computed into that
//! chat, encrypted from its own cross-signed device, then confirms its side. The operator
//! compares them with what Element shows and presses *They match* only if they are the
//! same: a homeserver in the middle would show two different sets. The bot's own trust in
//! the operator is not taken from this (their identity was pinned at first sight, see
//! `trust`). It must not decide who may verify (ingest asks the desk), and must not log
//! user ids, device ids, emoji or keys.

use std::time::Duration;

use futures_util::StreamExt;
use matrix_sdk::encryption::verification::{
    SasState, SasVerification, Verification, VerificationRequest, VerificationRequestState,
};
use matrix_sdk::ruma::events::key::verification::VerificationMethod;
use matrix_sdk::ruma::UserId;

use super::error::request_error;
use super::{Bot, Error};

/// How long the bot waits for each step of the operator's (the protocol's own timeout).
const STEP: Duration = Duration::from_secs(600);

/// How a verification ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verified {
    /// Both sides confirmed: the operator's client now shows the bot as verified.
    Done,
    /// The operator (or their client) cancelled, or the emoji did not match.
    Cancelled,
    /// A step did not come within the protocol's ten minutes.
    TimedOut,
    /// No such request is known to the bot's client (too old, or already over).
    Unknown,
}

impl Bot {
    /// Answer `user`'s verification request `flow_id` (in-room: the request event's id).
    /// `compare` renders what the bot writes into the request's room once the keys are
    /// exchanged, from the emoji (symbol and name, one string) and the three numbers.
    pub async fn answer_verification(
        &self,
        user: &UserId,
        flow_id: &str,
        compare: impl Fn(&str, &str) -> String,
    ) -> Result<Verified, Error> {
        let encryption = self.client.encryption();
        let Some(request) = encryption.get_verification_request(user, flow_id).await else {
            return Ok(Verified::Unknown);
        };
        request
            .accept_with_methods(vec![VerificationMethod::SasV1])
            .await
            .map_err(request_error)?;
        let Some(sas) = started_sas(&request).await? else {
            return Ok(outcome(&request));
        };
        if !sas.we_started() {
            sas.accept().await.map_err(request_error)?;
        }
        self.compare_and_confirm(&request, &sas, compare).await
    }

    /// Turn down `user`'s verification request `flow_id`: someone not on the roster (a
    /// person's client asking, or a suspended operator).
    pub async fn refuse_verification(&self, user: &UserId, flow_id: &str) -> Result<(), Error> {
        let encryption = self.client.encryption();
        if let Some(request) = encryption.get_verification_request(user, flow_id).await {
            request.cancel().await.map_err(request_error)?;
        }
        Ok(())
    }

    /// Once the keys are exchanged, write the emoji and numbers into the request's room
    /// and confirm; then wait for the operator's confirmation (or their cancel).
    async fn compare_and_confirm(
        &self,
        request: &VerificationRequest,
        sas: &SasVerification,
        compare: impl Fn(&str, &str) -> String,
    ) -> Result<Verified, Error> {
        let mut changes = sas.changes();
        let mut shown = false;
        loop {
            match sas.state() {
                SasState::KeysExchanged { emojis, decimals } if !shown => {
                    shown = true;
                    let emoji = match emojis {
                        Some(e) => e
                            .emojis
                            .iter()
                            .map(|e| format!("{} {}", e.symbol, e.description))
                            .collect(),
                        None => Vec::new(),
                    };
                    let numbers = format!("{} {} {}", decimals.0, decimals.1, decimals.2);
                    // Never confirmed unseen: a room the bot cannot write to (not encrypted,
                    // or a to-device request without one) ends the verification.
                    let written = match request.room_id() {
                        Some(room) => self.send_text(room, &compare(&emoji.join(" · "), &numbers)).await,
                        None => Err(Error::Request("verification outside a room".into())),
                    };
                    if let Err(e) = written {
                        let _ = sas.cancel().await;
                        return Err(e);
                    }
                    sas.confirm().await.map_err(request_error)?;
                }
                SasState::Done { .. } => return Ok(Verified::Done),
                SasState::Cancelled(_) => return Ok(Verified::Cancelled),
                _ => {}
            }
            match tokio::time::timeout(STEP, changes.next()).await {
                Ok(Some(_)) => {}
                Ok(None) => return Ok(outcome(request)),
                Err(_) => {
                    let _ = sas.cancel().await;
                    return Ok(Verified::TimedOut);
                }
            }
        }
    }
}

/// The SAS verification the operator starts after the bot accepted, or `None` if the
/// request ended otherwise (cancelled, timed out, done by another method).
async fn started_sas(request: &VerificationRequest) -> Result<Option<SasVerification>, Error> {
    let mut changes = request.changes();
    loop {
        match request.state() {
            VerificationRequestState::Transitioned {
                verification: Verification::SasV1(sas),
            } => return Ok(Some(sas)),
            VerificationRequestState::Done | VerificationRequestState::Cancelled(_) => return Ok(None),
            _ => {}
        }
        match tokio::time::timeout(STEP, changes.next()).await {
            Ok(Some(_)) => {}
            Ok(None) => return Ok(None),
            Err(_) => {
                request.cancel().await.map_err(request_error)?;
                return Ok(None);
            }
        }
    }
}

/// How a request that did not reach SAS ended.
fn outcome(request: &VerificationRequest) -> Verified {
    if request.is_done() {
        Verified::Done
    } else if request.is_cancelled() {
        Verified::Cancelled
    } else {
        Verified::TimedOut
    }
}
