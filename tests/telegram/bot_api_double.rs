//! Tests of the Telegram Bot API test double (`tests/support/bot_api.rs`): every answer it
//! gives must parse in teloxide, and every fault must look to teloxide like the real thing.

use std::io::{Read, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::support::bot_api::{BotApi, Fault, BOT_ID, BOT_USERNAME, FIRST_UPDATE_ID, TOKEN};
use serde_json::json;
use teloxide::payloads::{
    AnswerCallbackQuerySetters, DeleteWebhookSetters, EditMessageReplyMarkupSetters, GetUpdatesSetters,
    SendMessageSetters, SendPhotoSetters, SetWebhookSetters,
};
use teloxide::requests::Requester;
use teloxide::types::{
    AllowedUpdate, BotCommand, ChatAction, ChatId, FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile,
    MessageId, MessageKind, UpdateKind,
};
use teloxide::{ApiError, RequestError};

const CHAT: i64 = 4242;

fn keyboard(data: &str) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback("Yes", data)]])
}

/// A raw HTTP/1.1 request to the double; returns (status, body).
fn raw_post(api: &BotApi, path: &str, content_type: &str, body: &str) -> (u16, serde_json::Value) {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", api.port())).unwrap();
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response.split_once("\r\n\r\n").unwrap().1;
    (status, serde_json::from_str(body).unwrap())
}

#[tokio::test]
async fn get_me_parses_and_token_is_recorded() {
    let api = BotApi::start();
    let me = api.bot().get_me().await.unwrap();
    assert_eq!(me.id.0 as i64, BOT_ID);
    assert!(me.is_bot);
    assert_eq!(me.username(), BOT_USERNAME);
    assert_eq!(api.tokens(), vec![TOKEN.to_owned()]);
    assert_eq!(api.calls("getMe"), 1);
    assert_eq!(api.calls("GETME"), 1);
}

#[test]
fn works_from_a_plain_test_and_wait_for() {
    let api = BotApi::start();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let bot = api.bot();
    rt.block_on(async { bot.send_message(ChatId(CHAT), "plain").await.unwrap() });
    assert!(api.wait_for(|s| s.texts_to(CHAT) == ["plain"], Duration::from_secs(1)));
    assert!(!api.wait_for(|s| s.sent.len() == 2, Duration::from_millis(50)));
}

#[tokio::test]
async fn push_text_then_get_updates() {
    let api = BotApi::start();
    let id = api.push_text_lang(CHAT, "ciao", Some("it"));
    assert_eq!(id, FIRST_UPDATE_ID);
    let updates = api.bot().get_updates().await.unwrap();
    assert_eq!(updates.len(), 1);
    assert_eq!(updates[0].id.0 as i64, id);
    let UpdateKind::Message(m) = &updates[0].kind else {
        panic!("not a message: {:?}", updates[0].kind)
    };
    assert_eq!(m.text(), Some("ciao"));
    assert_eq!(m.chat.id, ChatId(CHAT));
    assert!(m.chat.is_private());
    let from = m.from.as_ref().unwrap();
    assert_eq!(from.id.0 as i64, CHAT);
    assert_eq!(from.first_name, "Test");
    assert_eq!(from.language_code.as_deref(), Some("it"));
    assert_eq!(api.incoming_ids(CHAT), vec![m.id.0 as i64]);
    // Not confirmed yet: still pending.
    assert_eq!(api.pending_updates(), 1);
}

#[tokio::test]
async fn commands_have_a_bot_command_entity() {
    let api = BotApi::start();
    api.push_text(CHAT, "/start poster_17");
    let updates = api.bot().get_updates().await.unwrap();
    let UpdateKind::Message(m) = &updates[0].kind else {
        panic!()
    };
    let entities = m.entities().unwrap();
    assert_eq!(entities.len(), 1);
    assert_eq!(entities[0].length, "/start".len());
}

#[tokio::test]
async fn offset_confirms_and_ids_may_jump() {
    let api = BotApi::start();
    let bot = api.bot();
    let a = api.push_text(CHAT, "one");
    api.skip_update_ids(1000);
    let b = api.push_text(CHAT, "two");
    let c = api.push_text(CHAT, "three");
    assert_eq!(b, a + 1001);
    assert_eq!(c, b + 1);

    let all = bot.get_updates().await.unwrap();
    assert_eq!(all.iter().map(|u| u.id.0 as i64).collect::<Vec<_>>(), vec![a, b, c]);

    let rest = bot.get_updates().offset(b as i32).await.unwrap();
    assert_eq!(rest.len(), 2);
    assert_eq!(api.confirmed_offset(), b);
    assert_eq!(api.pending_updates(), 2);

    let limited = bot.get_updates().offset(b as i32).limit(1).await.unwrap();
    assert_eq!(limited.len(), 1);

    let none = bot.get_updates().offset((c + 1) as i32).timeout(0).await.unwrap();
    assert!(none.is_empty());
    assert_eq!(api.confirmed_offset(), c + 1);
    assert_eq!(api.pending_updates(), 0);
    let calls = api.get_updates_calls();
    assert_eq!(calls.len(), 4);
    assert_eq!(calls[3].offset, Some(c + 1));
    assert_eq!(calls[3].timeout, Some(0));
}

#[tokio::test]
async fn long_poll_wakes_early_and_times_out() {
    let api = Arc::new(BotApi::start());
    let bot = api.bot_with_timeout(Duration::from_secs(30));

    let started = Instant::now();
    let empty = bot.get_updates().timeout(1).await.unwrap();
    assert!(empty.is_empty());
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );

    let pusher = api.clone();
    let thread = std::thread::spawn(move || {
        // Wait until the second poll is in, then let time pass while it is held (the
        // point of the test: the poll waits, and wakes on the push, not on its timeout).
        assert!(pusher.wait_for(|s| s.get_updates_calls.len() >= 2, Duration::from_secs(10)));
        std::thread::sleep(Duration::from_millis(300));
        pusher.push_text(CHAT, "late")
    });
    let started = Instant::now();
    let updates = bot
        .get_updates()
        .timeout(20)
        .allowed_updates([AllowedUpdate::Message])
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(updates.len(), 1);
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    assert!(elapsed >= Duration::from_millis(250), "{elapsed:?}");
    assert_eq!(updates[0].id.0 as i64, thread.join().unwrap());
    let last = api.get_updates_calls().pop().unwrap();
    assert_eq!(last.allowed_updates, Some(json!(["message"])));
}

#[tokio::test]
async fn a_second_poll_terminates_the_first() {
    let api = BotApi::start();
    let bot = api.bot();
    let first = tokio::spawn({
        let bot = bot.clone();
        async move { bot.get_updates().timeout(10).await }
    });
    assert!(
        api.wait_until(|s| s.get_updates_calls.len() == 1, Duration::from_secs(10))
            .await
    );
    let second = bot.get_updates().timeout(0).await.unwrap();
    assert!(second.is_empty());
    let first = first.await.unwrap();
    assert!(
        matches!(first, Err(RequestError::Api(ApiError::TerminatedByOtherGetUpdates))),
        "{first:?}"
    );
}

#[tokio::test]
async fn send_message_parses_and_is_recorded() {
    let api = BotApi::start();
    let bot = api.bot();
    let before = chrono_now();
    let m = bot
        .send_message(ChatId(CHAT), "Hello")
        .protect_content(true)
        .reply_markup(keyboard("yes"))
        .await
        .unwrap();
    assert_eq!(m.chat.id, ChatId(CHAT));
    assert_eq!(m.text(), Some("Hello"));
    assert!(m.from.as_ref().unwrap().is_bot);
    assert!(m.has_protected_content());
    let date = m.date.timestamp();
    assert!(
        (before - 2..=before + 2).contains(&date),
        "date {date} is not in seconds"
    );
    assert_eq!(m.reply_markup().unwrap().inline_keyboard[0][0].text, "Yes");

    let m2 = bot.send_message(ChatId(CHAT), "Again").await.unwrap();
    assert_eq!(m2.id.0, m.id.0 + 1);
    let other = bot.send_message(ChatId(7), "Elsewhere").await.unwrap();
    assert_eq!(other.id.0, 1);

    let sent = api.sent_to(CHAT);
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].method, "sendMessage");
    assert_eq!(sent[0].text, "Hello");
    assert_eq!(sent[0].message_id, m.id.0 as i64);
    assert!(sent[0].protect_content);
    assert!(!sent[1].protect_content);
    assert_eq!(
        sent[0].reply_markup.as_ref().unwrap()["inline_keyboard"][0][0]["callback_data"],
        json!("yes")
    );
    assert!(sent[0].at <= sent[1].at);
    assert_eq!(api.duplicates(), 0);
}

#[tokio::test]
async fn send_message_validates_like_telegram() {
    let api = BotApi::start();
    let bot = api.bot();
    let long = "x".repeat(4097);
    let e = bot.send_message(ChatId(CHAT), long).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::MessageIsTooLong)), "{e:?}");
    let e = bot.send_message(ChatId(CHAT), "").await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::MessageTextIsEmpty)), "{e:?}");
    let e = bot
        .send_message(ChatId(CHAT), "x")
        .reply_markup(keyboard(&"d".repeat(65)))
        .await
        .unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::ButtonDataInvalid)), "{e:?}");
    bot.send_message(ChatId(CHAT), "x".repeat(4096)).await.unwrap();
    assert_eq!(api.sent().len(), 1);
    assert_eq!(api.errors().len(), 3);
}

#[tokio::test]
async fn media_sends_parse_json_ids_and_uploads() {
    let api = BotApi::start();
    let bot = api.bot();
    let photo = bot
        .send_photo(ChatId(CHAT), InputFile::file_id(FileId("AgACphoto".into())))
        .caption("a photo")
        .protect_content(true)
        .await
        .unwrap();
    assert_eq!(photo.photo().unwrap().last().unwrap().file.id.0, "AgACphoto");
    assert_eq!(photo.caption(), Some("a photo"));
    let voice = bot
        .send_voice(ChatId(CHAT), InputFile::memory(vec![1u8, 2, 3]).file_name("v.ogg"))
        .await
        .unwrap();
    assert!(voice.voice().is_some());
    let doc = bot
        .send_document(ChatId(CHAT), InputFile::memory(b"pdf".to_vec()).file_name("a.pdf"))
        .await
        .unwrap();
    assert!(doc.document().is_some());

    let sent = api.sent_to(CHAT);
    assert_eq!(
        sent.iter().map(|s| s.method.as_str()).collect::<Vec<_>>(),
        ["sendPhoto", "sendVoice", "sendDocument"]
    );
    assert_eq!(sent[0].text, "a photo");
    assert!(sent[0].protect_content);
    assert_eq!(sent[0].file.as_deref(), Some("AgACphoto"));
    assert!(sent[1].file.as_deref().unwrap().starts_with("attach://"));
    assert_eq!(sent[1].upload, Some(("v.ogg".to_owned(), vec![1u8, 2, 3])));
    assert_eq!(sent[2].upload, Some(("a.pdf".to_owned(), b"pdf".to_vec())));
    assert_eq!(sent[0].upload, None, "a file_id is not an upload");
}

#[tokio::test]
async fn a_users_file_is_served_by_get_file_and_the_download_route() {
    use teloxide::net::Download;
    let api = BotApi::start();
    let bot = api.bot();
    let (_, file_id) = api.push_photo_bytes(CHAT, b"photo bytes", Some("caption"));
    let file = bot.get_file(FileId(file_id)).await.unwrap();
    assert_eq!(file.meta.size, 11);
    let mut bytes = Vec::new();
    bot.download_file(&file.path, &mut bytes).await.unwrap();
    assert_eq!(bytes, b"photo bytes");
    assert_eq!(api.downloads(), 1);

    // Over the bots' 20 MB limit, and unknown ids, are refused as Telegram does.
    let (_, big) = api.push_document_sized(CHAT, "big.pdf", 21 << 20);
    let err = bot.get_file(FileId(big)).await.unwrap_err();
    assert!(
        matches!(&err, RequestError::Api(ApiError::Unknown(d)) if d.contains("too big")),
        "{err:?}"
    );
    let err = bot.get_file(FileId("nope".into())).await.unwrap_err();
    assert!(
        matches!(&err, RequestError::Api(ApiError::Unknown(d)) if d.contains("invalid file_id")),
        "{err:?}"
    );

    // A fault on the download route is an HTTP error to teloxide.
    api.fault("file", Fault::Status(502));
    assert!(bot.download_file(&file.path, &mut Vec::new()).await.is_err());
}

#[tokio::test]
async fn a_fault_after_skipped_calls_hits_the_next_one_only() {
    let api = BotApi::start();
    let bot = api.bot();
    api.fault_after("sendMessage", Fault::Reset, 1, 1);
    bot.send_message(ChatId(CHAT), "part 1").await.unwrap();
    assert!(bot.send_message(ChatId(CHAT), "part 2").await.is_err());
    bot.send_message(ChatId(CHAT), "part 2").await.unwrap();
    assert_eq!(api.texts_to(CHAT), ["part 1", "part 2"]);
    assert_eq!(api.pending_faults(), 0);
}

/// A batch naming a failing id fails (teloxide reads the 500 after its 10 s delay) and
/// deletes nothing; a batch without it is unaffected.
#[tokio::test]
async fn fail_deleting_fails_the_batches_naming_that_id() {
    let api = BotApi::start();
    let bot = api.bot_with_timeout(Duration::from_secs(30));
    let mut ids = Vec::new();
    for text in ["a", "b"] {
        ids.push(bot.send_message(ChatId(CHAT), text).await.unwrap().id);
    }
    api.fail_deleting(CHAT, ids[0].0 as i64, 1);
    assert!(bot.delete_messages(ChatId(CHAT), ids.clone()).await.is_err());
    assert!(api.deleted().is_empty());
    bot.delete_messages(ChatId(CHAT), vec![ids[1]]).await.unwrap();
    bot.delete_messages(ChatId(CHAT), ids.clone()).await.unwrap();
    let expected: Vec<(i64, i64)> = vec![(CHAT, ids[1].0 as i64), (CHAT, ids[0].0 as i64)];
    assert_eq!(api.deleted(), expected);
}

#[tokio::test]
async fn delete_messages_records_and_rejects_more_than_100() {
    let api = BotApi::start();
    let bot = api.bot();
    let (_, incoming) = api.push_text_ids(CHAT, "help");
    let mut ids = vec![MessageId(incoming as i32)];
    for text in ["a", "b", "c"] {
        ids.push(bot.send_message(ChatId(CHAT), text).await.unwrap().id);
    }
    bot.delete_messages(ChatId(CHAT), ids.clone()).await.unwrap();
    let expected: Vec<(i64, i64)> = ids.iter().map(|id| (CHAT, id.0 as i64)).collect();
    assert_eq!(api.deleted(), expected);

    // Gone: deleting one again fails, deleting a batch again skips them.
    let e = bot.delete_message(ChatId(CHAT), ids[0]).await.unwrap_err();
    assert!(
        matches!(e, RequestError::Api(ApiError::MessageToDeleteNotFound)),
        "{e:?}"
    );
    bot.delete_messages(ChatId(CHAT), ids.clone()).await.unwrap();
    assert_eq!(api.deleted().len(), 4);

    let too_many: Vec<MessageId> = (1..=101).map(MessageId).collect();
    let e = bot.delete_messages(ChatId(CHAT), too_many).await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::Unknown(_))), "{e:?}");

    let m = bot.send_message(ChatId(CHAT), "d").await.unwrap();
    bot.delete_message(ChatId(CHAT), m.id).await.unwrap();
    assert_eq!(api.deleted().last(), Some(&(CHAT, m.id.0 as i64)));
}

#[tokio::test]
async fn retry_after_maps_to_request_error_retry_after() {
    let api = BotApi::start();
    let bot = api.bot();
    api.fault("sendMessage", Fault::RetryAfter(2));
    let e = bot.send_message(ChatId(CHAT), "first").await.unwrap_err();
    let RequestError::RetryAfter(secs) = e else {
        panic!("{e:?}")
    };
    assert_eq!(secs.seconds(), 2);
    assert_eq!(api.retry_afters().len(), 1);

    // Resending too early: 429 again, counted.
    let e = bot.send_message(ChatId(CHAT), "first").await.unwrap_err();
    assert!(matches!(e, RequestError::RetryAfter(s) if s.seconds() >= 1), "{e:?}");
    assert_eq!(api.early_resends(), 1);
    // Other chats are not limited.
    bot.send_message(ChatId(CHAT + 1), "other").await.unwrap();

    // Time passing, not a wait: the retry_after window itself must run out.
    tokio::time::sleep(secs.duration()).await;
    bot.send_message(ChatId(CHAT), "first").await.unwrap();
    assert_eq!(api.early_resends(), 1);
    assert_eq!(api.texts_to(CHAT), ["first"]);
}

#[tokio::test]
async fn per_chat_rate_limit() {
    let api = BotApi::start();
    let bot = api.bot();
    api.rate_limit_chat(CHAT, 2);
    bot.send_message(ChatId(CHAT), "1").await.unwrap();
    bot.send_message(ChatId(CHAT), "2").await.unwrap();
    let e = bot.send_message(ChatId(CHAT), "3").await.unwrap_err();
    assert!(matches!(e, RequestError::RetryAfter(s) if s.seconds() == 1), "{e:?}");
    // Time passing, not a wait: the one-second limit window must run out.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    bot.send_message(ChatId(CHAT), "3").await.unwrap();
    assert_eq!(api.early_resends(), 0);
}

/// teloxide sleeps 10 s before reading any 5xx answer (DELAY_ON_SERVER_ERROR), so this
/// test takes 10 s; a Bot-API-shaped 500 body becomes `ApiError::Unknown`.
#[tokio::test]
async fn server_error_is_an_api_error_after_teloxides_10s_delay() {
    let api = BotApi::start();
    let bot = api.bot_with_timeout(Duration::from_secs(30));
    api.fault("sendMessage", Fault::Status(500));
    let started = Instant::now();
    let e = bot.send_message(ChatId(CHAT), "x").await.unwrap_err();
    assert!(
        matches!(&e, RequestError::Api(ApiError::Unknown(d)) if d == "Internal Server Error"),
        "{e:?}"
    );
    assert!(started.elapsed() >= Duration::from_secs(10));
    assert!(api.sent().is_empty());
}

#[tokio::test]
async fn non_json_body_is_invalid_json() {
    let api = BotApi::start();
    api.fault("*", Fault::RawBody(429, "<html>Too Many</html>".into()));
    let e = api.bot().get_me().await.unwrap_err();
    assert!(matches!(e, RequestError::InvalidJson { .. }), "{e:?}");
}

#[tokio::test]
async fn reset_is_a_network_error() {
    let api = BotApi::start();
    let bot = api.bot();
    api.fault("sendMessage", Fault::Reset);
    let e = bot.send_message(ChatId(CHAT), "x").await.unwrap_err();
    assert!(matches!(e, RequestError::Network(_)), "{e:?}");
    assert!(api.sent().is_empty());
    // The next call works (new connection).
    bot.send_message(ChatId(CHAT), "x").await.unwrap();
    assert_eq!(api.sent().len(), 1);
}

#[tokio::test]
async fn drop_after_accept_delivers_but_the_client_sees_an_error() {
    let api = BotApi::start();
    let bot = api.bot();
    api.fault("sendmessage", Fault::DropAfterAccept);
    let e = bot.send_message(ChatId(CHAT), "once").await.unwrap_err();
    assert!(matches!(e, RequestError::Network(_)), "{e:?}");
    assert_eq!(api.texts_to(CHAT), ["once"]);
    // A retry duplicates it, and that is counted.
    bot.send_message(ChatId(CHAT), "once").await.unwrap();
    assert_eq!(api.duplicates(), 1);
}

#[tokio::test]
async fn hang_makes_the_client_time_out_and_still_executes() {
    let api = BotApi::start();
    let bot = api.bot_with_timeout(Duration::from_millis(500));
    api.fault("*", Fault::Hang(Duration::from_millis(1500)));
    let started = Instant::now();
    let e = bot.send_message(ChatId(CHAT), "slow").await.unwrap_err();
    assert!(matches!(&e, RequestError::Network(n) if n.is_timeout()), "{e:?}");
    assert!(started.elapsed() < Duration::from_millis(1400));
    assert!(api.sent().is_empty());
    assert!(api.wait_until(|s| s.sent.len() == 1, Duration::from_secs(3)).await);
}

#[tokio::test]
async fn faults_apply_in_order_and_n_times() {
    let api = BotApi::start();
    let bot = api.bot();
    api.fault_n("sendMessage", Fault::RetryAfter(1), 1);
    api.fault_n("*", Fault::Reset, 2);
    assert_eq!(api.pending_faults(), 3);
    // getMe skips the sendMessage entry and takes the first "*".
    assert!(matches!(bot.get_me().await, Err(RequestError::Network(_))));
    assert!(matches!(
        bot.send_message(ChatId(CHAT), "x").await,
        Err(RequestError::RetryAfter(_))
    ));
    assert!(matches!(bot.get_me().await, Err(RequestError::Network(_))));
    assert_eq!(api.pending_faults(), 0);
    bot.get_me().await.unwrap();
    assert_eq!(api.calls("getMe"), 3);
}

#[tokio::test]
async fn blocked_and_unknown_chats() {
    let api = BotApi::start();
    let bot = api.bot();
    api.block_chat(CHAT);
    api.unknown_chat(99);
    let e = bot.send_message(ChatId(CHAT), "x").await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::BotBlocked)), "{e:?}");
    let e = bot.send_message(ChatId(99), "x").await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::ChatNotFound)), "{e:?}");
    api.unblock_chat(CHAT);
    bot.send_message(ChatId(CHAT), "x").await.unwrap();
    assert_eq!(api.sent().len(), 1);
    assert_eq!(api.errors().iter().map(|e| e.status).collect::<Vec<_>>(), [403, 400]);
}

#[tokio::test]
async fn webhook_round_trip_and_get_updates_conflict() {
    let api = BotApi::start();
    let bot = api.bot();
    let info = bot.get_webhook_info().await.unwrap();
    assert!(info.url.is_none());

    api.push_text(CHAT, "pending");
    bot.set_webhook("https://helpline.example.org/telegram/hook".parse().unwrap())
        .secret_token("s3cr3t_TOKEN-1".to_owned())
        .max_connections(10)
        .allowed_updates(vec![AllowedUpdate::Message, AllowedUpdate::CallbackQuery])
        .await
        .unwrap();
    assert_eq!(
        api.webhook(),
        Some((
            "https://helpline.example.org/telegram/hook".to_owned(),
            Some("s3cr3t_TOKEN-1".to_owned())
        ))
    );
    let hook = api.webhook_info().unwrap();
    assert_eq!(hook.max_connections, Some(10));
    assert_eq!(hook.allowed_updates, Some(json!(["message", "callback_query"])));
    let info = bot.get_webhook_info().await.unwrap();
    assert_eq!(info.url.unwrap().as_str(), "https://helpline.example.org/telegram/hook");
    assert_eq!(info.pending_update_count, 1);
    assert_eq!(info.max_connections, Some(10));

    let e = bot.get_updates().await.unwrap_err();
    assert!(
        matches!(&e, RequestError::Api(ApiError::Unknown(d)) if d.contains("webhook is active")),
        "teloxide's CantGetUpdates expects a shorter text than Telegram's: {e:?}"
    );

    // Telegram's own rules: HTTPS and ports 80/88/443/8443 only.
    let e = bot
        .set_webhook("http://helpline.example.org/hook".parse().unwrap())
        .await
        .unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::WebhookRequireHttps)), "{e:?}");
    let e = bot
        .set_webhook("https://helpline.example.org:9000/hook".parse().unwrap())
        .await
        .unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::BadWebhookPort)), "{e:?}");

    bot.delete_webhook().drop_pending_updates(true).await.unwrap();
    assert_eq!(api.webhook(), None);
    assert_eq!(api.pending_updates(), 0);
    let info = bot.get_webhook_info().await.unwrap();
    assert!(info.url.is_none());
    assert!(bot.get_updates().await.unwrap().is_empty());
}

#[tokio::test]
async fn callback_query_parses_and_answer_is_recorded() {
    let api = BotApi::start();
    let bot = api.bot();
    let m = bot
        .send_message(ChatId(CHAT), "Are you safe?")
        .reply_markup(keyboard("safe:yes"))
        .await
        .unwrap();
    api.push_callback(CHAT, m.id.0 as i64, "safe:yes");
    let updates = bot.get_updates().await.unwrap();
    let UpdateKind::CallbackQuery(q) = &updates[0].kind else {
        panic!("{:?}", updates[0].kind)
    };
    assert_eq!(q.data.as_deref(), Some("safe:yes"));
    assert_eq!(q.from.id.0 as i64, CHAT);
    let message = q.regular_message().unwrap();
    assert_eq!(message.id, m.id);
    assert_eq!(message.text(), Some("Are you safe?"));
    assert!(message.reply_markup().is_some());

    bot.answer_callback_query(q.id.clone()).text("ok").await.unwrap();
    let answered = api.callbacks_answered();
    assert_eq!(answered.len(), 1);
    assert_eq!(answered[0].callback_query_id, q.id.0);
    assert_eq!(answered[0].text.as_deref(), Some("ok"));
}

#[tokio::test]
async fn edits_parse_and_not_modified_is_reported() {
    let api = BotApi::start();
    let bot = api.bot();
    let m = bot
        .send_message(ChatId(CHAT), "Question")
        .reply_markup(keyboard("a"))
        .await
        .unwrap();
    let edited = bot.edit_message_text(ChatId(CHAT), m.id, "Answered").await.unwrap();
    assert_eq!(edited.text(), Some("Answered"));
    assert!(
        edited.reply_markup().is_none(),
        "editMessageText without reply_markup drops the keyboard"
    );
    assert!(edited.edit_date().is_some());
    let e = bot.edit_message_text(ChatId(CHAT), m.id, "Answered").await.unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::MessageNotModified)), "{e:?}");
    let with_kb = bot
        .edit_message_reply_markup(ChatId(CHAT), m.id)
        .reply_markup(keyboard("b"))
        .await
        .unwrap();
    assert!(with_kb.reply_markup().is_some());
    let e = bot
        .edit_message_text(ChatId(CHAT), MessageId(999), "x")
        .await
        .unwrap_err();
    assert!(matches!(e, RequestError::Api(ApiError::MessageToEditNotFound)), "{e:?}");
    let inline = bot.edit_message_text_inline("inline-1", "x").await;
    assert!(inline.is_ok(), "{inline:?}");

    let edits = api.edits();
    assert_eq!(edits.len(), 3);
    assert_eq!(edits[0].text.as_deref(), Some("Answered"));
    assert_eq!(edits[1].method, "editMessageReplyMarkup");
    assert_eq!(edits[2].inline_message_id.as_deref(), Some("inline-1"));
}

#[tokio::test]
async fn other_update_kinds_parse() {
    let api = BotApi::start();
    let bot = api.bot();
    api.push_photo(CHAT);
    api.push_sticker(CHAT);
    api.push_voice(CHAT);
    let (_, mid) = api.push_text_ids(CHAT, "typo");
    api.push_edited_text(CHAT, mid, "fixed");
    api.push_group_text(-100, CHAT, "in a group");
    let updates = bot.get_updates().await.unwrap();
    assert_eq!(updates.len(), 6);
    let msg = |i: usize| match &updates[i].kind {
        UpdateKind::Message(m) => m.clone(),
        other => panic!("{i}: {other:?}"),
    };
    assert!(msg(0).photo().is_some());
    assert!(msg(1).sticker().is_some());
    assert!(msg(2).voice().is_some());
    let UpdateKind::EditedMessage(e) = &updates[4].kind else {
        panic!("{:?}", updates[4].kind)
    };
    assert_eq!(e.id.0 as i64, mid);
    assert_eq!(e.text(), Some("fixed"));
    let g = msg(5);
    assert!(g.chat.is_group());
    assert_eq!(g.from.unwrap().id.0 as i64, CHAT);
    assert!(matches!(msg(0).kind, MessageKind::Common(_)));
    assert_eq!(api.incoming_ids(CHAT).len(), 4);
    assert_eq!(api.incoming_ids(-100).len(), 1);
}

#[tokio::test]
async fn unknown_update_kind_does_not_break_the_batch() {
    let api = BotApi::start();
    let bot = api.bot();
    let a = api.push_raw(json!({"brand_new_kind": {"id": 1, "something": [1, 2, 3]}}));
    let b = api.push_text(CHAT, "after");
    let c = api.push_raw(json!({"update_id": b + 10, "message": {"weird": true}}));
    let updates = bot.get_updates().await.unwrap();
    assert_eq!(updates.iter().map(|u| u.id.0 as i64).collect::<Vec<_>>(), [a, b, c]);
    let UpdateKind::Error(raw) = &updates[0].kind else {
        panic!("{:?}", updates[0].kind)
    };
    assert_eq!(raw["brand_new_kind"]["something"], json!([1, 2, 3]));
    assert!(matches!(updates[1].kind, UpdateKind::Message(_)));
    assert!(matches!(updates[2].kind, UpdateKind::Error(_)));
    assert_eq!(api.push_text(CHAT, "next"), c + 1);
}

#[tokio::test]
async fn chats_leave_and_auto_delete() {
    let api = BotApi::start();
    let bot = api.bot();
    api.set_auto_delete(CHAT, 86400);
    let chat = bot.get_chat(ChatId(CHAT)).await.unwrap();
    assert_eq!(chat.id, ChatId(CHAT));
    assert!(chat.is_private());
    assert_eq!(chat.message_auto_delete_time.map(|s| s.seconds()), Some(86400));
    bot.leave_chat(ChatId(-100)).await.unwrap();
    assert_eq!(api.left_chats(), [-100]);
}

#[test]
fn raw_http_method_names_any_case_and_unknown_method() {
    let api = BotApi::start();
    let (status, body) = raw_post(
        &api,
        "/bot1:A/SENDMESSAGE",
        "application/json",
        r#"{"chat_id":5,"text":"hi"}"#,
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["result"]["text"], json!("hi"));
    let (status, body) = raw_post(
        &api,
        "/bot1:A/sendmessage",
        "application/x-www-form-urlencoded",
        "chat_id=5&text=a+b%21",
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["result"]["message_id"], json!(2));
    assert_eq!(api.texts_to(5), ["hi", "a b!"]);
    let (status, body) = raw_post(&api, "/bot1:A/noSuchMethod", "application/json", "{}");
    assert_eq!(status, 404);
    assert_eq!(
        body,
        json!({"ok": false, "error_code": 404, "description": "Not Found: method not found"})
    );
    assert_eq!(api.tokens(), ["1:A"]);
}

#[test]
fn dropping_stops_the_server() {
    let api = BotApi::start();
    let port = api.port();
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_ok());
    drop(api);
    assert!(std::net::TcpStream::connect(("127.0.0.1", port)).is_err());
}

fn chrono_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test]
async fn housekeeping_methods_parse() {
    let api = BotApi::start();
    let bot = api.bot();
    bot.send_chat_action(ChatId(CHAT), ChatAction::Typing).await.unwrap();
    bot.set_my_commands(vec![
        BotCommand::new("start", "Start"),
        BotCommand::new("exit", "Quick exit"),
    ])
    .await
    .unwrap();
    assert!(bot.get_my_commands().await.unwrap().is_empty());
    bot.delete_my_commands().await.unwrap();
    assert_eq!(api.calls("setMyCommands"), 1);
    assert_eq!(api.calls("*"), 4);
    assert!(api.sent().is_empty());
}

#[tokio::test]
async fn global_rate_limit() {
    let api = BotApi::start();
    let bot = api.bot();
    api.set_global_limit(2);
    bot.send_message(ChatId(1), "a").await.unwrap();
    bot.send_message(ChatId(2), "b").await.unwrap();
    let e = bot.send_message(ChatId(3), "c").await.unwrap_err();
    assert!(matches!(e, RequestError::RetryAfter(s) if s.seconds() == 1), "{e:?}");
    // Everything is limited for now; only a resend to the limited chat counts as early.
    assert!(matches!(
        bot.send_message(ChatId(4), "d").await,
        Err(RequestError::RetryAfter(_))
    ));
    assert_eq!(api.early_resends(), 0);
    assert!(matches!(
        bot.send_message(ChatId(3), "c").await,
        Err(RequestError::RetryAfter(_))
    ));
    assert_eq!(api.early_resends(), 1);
    // Time passing, not a wait: the global and the per-chat windows must run out.
    tokio::time::sleep(Duration::from_millis(2100)).await;
    bot.send_message(ChatId(3), "c").await.unwrap();
    bot.send_message(ChatId(4), "d").await.unwrap();
    assert_eq!(api.early_resends(), 1);
}

#[tokio::test]
async fn latency_delays_every_answer_and_concurrent_requests_wait_side_by_side() {
    let api = BotApi::start();
    let bot = api.bot();
    api.set_latency(Duration::from_millis(150));
    let t = Instant::now();
    bot.get_me().await.unwrap();
    assert!(t.elapsed() >= Duration::from_millis(150), "{:?}", t.elapsed());
    // Eight sends at once take about one latency, not eight.
    let t = Instant::now();
    let mut sends = tokio::task::JoinSet::new();
    for n in 0..8 {
        let bot = bot.clone();
        sends.spawn(async move { bot.send_message(ChatId(n), "x").await });
    }
    while let Some(r) = sends.join_next().await {
        r.unwrap().unwrap();
    }
    let took = t.elapsed();
    assert!(
        took >= Duration::from_millis(150) && took < Duration::from_millis(600),
        "{took:?}"
    );
    assert!(api.sent().iter().all(|s| s.at >= t + Duration::from_millis(150)));
    api.set_latency(Duration::ZERO);
    let t = Instant::now();
    bot.get_me().await.unwrap();
    assert!(t.elapsed() < Duration::from_millis(150), "{:?}", t.elapsed());
}
