//! Cases left waiting, through the real `varco serve` on Synapse (issue 10, item 5), with
//! the desk's timers set in seconds (`matrix.owner_silence_minutes` and
//! `matrix.flag_expiry_hours` take fractions): an owner who leaves the person waiting is
//! announced in the lobby and a colleague takes the case over; a flagged case nobody takes
//! expires.

use crate::handoff::{operator_sees, person_gets, person_texts, Scene};
use crate::support::serve_config::terminate;
use crate::support::synapse::Synapse;

/// The owner's silence: 3 seconds.
const SILENCE_MINUTES: &str = "0.05";
/// A flag nobody takes: about 7 seconds.
const EXPIRY_HOURS: &str = "0.002";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_silent_owner_is_announced_and_taken_over_and_a_flag_expires() {
    let s = Synapse::shared_async().await;
    let env = [
        ("VARCO__MATRIX__OWNER_SILENCE_MINUTES", SILENCE_MINUTES),
        ("VARCO__MATRIX__FLAG_EXPIRY_HOURS", EXPIRY_HOURS),
    ];
    let scene = Scene::start_configured(s, true, &env).await;
    let (api, anna, bot, lobby) = (&scene.api, &scene.anna, scene.bot_user.as_str(), &scene.lobby);
    let bruno = scene.bruno.as_ref().expect("bruno");

    // Anna claims case 1; the person writes; Anna says nothing.
    let chat = 7401;
    let room = scene.claimed_case(chat, 1).await;
    api.push_text_lang(chat, "are you there?", Some("en"));
    operator_sees(anna, &room, bot, "are you there?").await;
    operator_sees(anna, lobby, bot, "Caso 1: la persona aspetta da").await;

    // Bruno, on duty, takes it over: the person is told neutrally, Bruno's words reach
    // them, Anna's no longer do.
    bruno.send(lobby, "!takeover 1").await;
    person_gets(api, chat, "Someone else from the helpline team answers you here now").await;
    bruno.join_when_invited(&room).await;
    anna.send(&room, "sorry, I was away").await;
    operator_sees(anna, &room, bot, "Non inviato alla persona").await;
    bruno.send(&room, "I am Bruno, I am here.").await;
    person_gets(api, chat, "I am Bruno, I am here.").await;
    let texts = person_texts(api, chat);
    assert!(
        !texts.iter().any(|t| t.contains("sorry, I was away")),
        "the old owner's message reached the person: {texts:?}"
    );
    assert!(
        texts
            .iter()
            .all(|t| !t.contains(anna.user.as_str()) && !t.contains(bruno.user.as_str())),
        "the person is never told who: {texts:?}"
    );

    // A danger word flags another conversation; nobody takes it; it expires.
    let other = 7402;
    for text in ["/start", "1", "1", "1"] {
        api.push_text_lang(other, text, Some("en"));
    }
    person_gets(api, other, "What would you like to do?").await;
    api.push_text_lang(other, "they took my passport", Some("en"));
    operator_sees(anna, lobby, bot, "!takeover 2").await;
    operator_sees(
        anna,
        lobby,
        bot,
        "La conversazione 2 era segnalata ma nessuno l'ha presa entro 0.002 ore",
    )
    .await;
    terminate(scene.serve);
}
