### varco-review: reviewed
### legal-review: none
### What operators read in the duty lobby and the case rooms (Matrix), in the helpline's
### language. Never a name or a platform id of the person: case number, channel, language.

desk-case-opened =
    New case { $case } · { $channel } · language { $lang } · { $caller } · priority { $priority } · { $reason }
    Invited: { $operators }
desk-case-waiting = Case { $case } is still waiting ({ $minutes } min) · language { $lang } · priority { $priority }. { $operators }
desk-nobody-on-duty = Case { $case } opened while nobody is on duty; the person was given { $phone } and { $emergency }. `!duty on` and `!takeover { $case }` to take it.
desk-room-intro =
    Case { $case } · { $channel } · language { $lang } · { $caller } · priority { $priority } · { $reason }
    `!claim` to take it; `!help` for every command.
# The person's answers to the check in the topics flow ("Is this exploitation?"), added
# under desk-room-intro in the case room only. A suggestion for the operator, never a
# verdict; the person never sees it. $answered and $total are counts (5, 8); $suggested is
# low | normal | high | urgent; $yes, $no, $skipped are lists of desk-indicator-* texts
# joined by commas, or desk-assessment-none.
desk-assessment =
    Check answered by the person: { $answered } of { $total } questions · suggested priority { $suggested }
    Yes: { $yes }
    No: { $no }
    Preferred not to say: { $skipped }
desk-assessment-none = none
desk-indicator-documents = documents kept by someone else
desk-indicator-debt = debt to those who brought them
desk-indicator-movement = not free to leave or move
desk-indicator-threats = threats or violence
desk-indicator-pay = pay withheld or far below agreed
desk-indicator-deceived = deceived about the job
desk-indicator-housing = lives where they work
desk-indicator-minor = under 18
desk-transcript = Before the handoff:
desk-person = Person
desk-bot = Bot
desk-operator = Operator
desk-claimed = { $owner } has case { $case } now: their messages go to the person.
desk-released = Case { $case } is back with the bot; `!claim` or `!takeover { $case }` to take it again.
desk-transferred = Case { $case } passed from { $from } to { $to }.
desk-closed = Case { $case } closed: { $outcome }.
desk-noted = Note kept in this room; not sent to the person.
desk-said = Sent to the person: { $text }
desk-lang = The person writes in { $lang }.
desk-duty-on = { $user } is on duty.
desk-duty-off = { $user } is off duty.
desk-withdrawn = Case { $case }: the person left the queue.
desk-case-expired = Case { $case }: the conversation was idle longer than the helpline keeps it, so it is forgotten. The case is closed.
desk-person-not-safe = Case { $case }: the person cannot read now; messages are held until they write again.
desk-person-back = Case { $case }: the person is writing again; { $count } held messages were sent.
desk-person-unreachable = Case { $case }: the person can no longer receive messages here (they blocked the bot or deleted the chat). The case is closed.
desk-quick-exit = Case { $case }: the person used the quick exit; nothing more reaches them.
desk-flood = Case { $case }: the person sent { $count } messages quickly (more than the bot reads in a minute) and was asked to slow down; every message still follows here.
desk-media = Case { $case }: the person sent a { $kind }.
desk-media-too-large = Not sent: this { $kind } is larger than the person's app accepts from the bot ({ $megabytes } MB). Send a smaller file, or describe it in words.
desk-media-not-sent = Not sent: this { $kind } could not be fetched any more. Please send it again.
desk-person-media-too-large = Case { $case }: the person sent a { $kind } too large to pass on (the limit is { $megabytes } MB); they were told.
desk-media-gone = Case { $case }: the person sent a { $kind }, but it can no longer be fetched; ask them to send it again.
desk-room-held = Case { $case }: its room holds someone who is not on the roster and whom the bot cannot remove (they were given power in the room outside Varco). Nothing is said in that room while they are in it; the person's messages are kept. Ask the homeserver's administrator to remove them.
desk-help =
    In a case room: `!claim` take the case · `!release` give it back to the bot · `!transfer @user:server` · `!close <outcome>` ({ $outcomes }) · `!note <text>` (never sent) · `!say <reply>` ({ $canned }; `!say` alone shows their texts) · `!lang` · `!help`
    In the lobby: `!duty on` · `!duty off` · `!takeover <case>` · `!trust @user:server` (after their identity changed)
    Only the owner's plain messages go to the person.
desk-refused-not-on-roster = Only operators on the roster can use commands.
desk-refused-not-owner = Only { $owner }, who has this case, can do that.
desk-refused-not-claimed = Nobody has this case yet: `!claim` first.
desk-refused-already-yours = You already have this case.
desk-refused-closed = This case is closed.
desk-refused-target = { $user } is not on the roster.
desk-refused-not-relayed = Not sent to the person: only the owner's messages are ({ $owner }).
desk-refused-not-relayed-free = Not sent to the person: nobody has this case yet. `!claim` to take it.
desk-refused-wrong-room = That command belongs in { $place ->
        [lobby] the lobby
       *[room] a case room
    }.
desk-command-error = { $error }
desk-unknown-canned = There is no canned reply called “{ $name }”. `!help` lists them.
desk-no-such-case = There is no open case { $case }.
desk-room-name = Case { $case }
desk-undecryptable = A message in this room could not be decrypted by the bot; it was not passed on. Please send it again.
desk-device-not-verified = That device is not verified: nothing it sent was acted on or passed on. Verify it in your client (cross-sign it), then send it again.
desk-device-unverified = { $user } has a device that is not verified ({ $device }): it cannot read new cases and its messages are not acted on. If it is yours, verify it in your client; if you do not know it, sign it out and change your password.
desk-media-not-relayed = Only text, photos, voice notes, videos and files are passed on to the person; this message was not sent.
desk-flagged = Conversation { $case } may need a person ({ $reason }) · { $channel } · language { $lang } · priority { $priority }. The bot goes on answering; `!takeover { $case }` to take it over.
desk-removed-not-on-roster = { $user } is not on the roster and is removed from this room: only the helpline's operators may be in a case room.
desk-owner-left-roster = Case { $case } is back in the queue: { $owner }, who had it, is no longer on the roster. `!claim` in its room or `!takeover { $case }` to take it.

# The person's language named for operators, by its tag ($lang: en, it, fr, pcm, ur, ar,
# bn, pt, ro, zh, pa, sq, es, uk, ru, bg; any other tag is shown as it is).
desk-lang-name = { $lang ->
    [en] English
    [it] Italian
    [fr] French
    [pcm] Nigerian Pidgin
    [ur] Urdu
    [ar] Arabic
    [bn] Bengali
    [pt] Portuguese
    [ro] Romanian
    [zh] Chinese
    [pa] Punjabi
    [sq] Albanian
    [es] Spanish
    [uk] Ukrainian
    [ru] Russian
    [bg] Bulgarian
   *[other] { $lang }
}
# After the language's name in a case's announcement: how many operators on duty speak it.
desk-lang-speakers = { $count ->
    [0] nobody on duty speaks it (a mediator may be needed)
    [one] one operator on duty speaks it
   *[other] { $count } operators on duty speak it
}
# `!say` alone: the heading of the list of canned replies (one per line follows).
desk-canned-list = Canned replies: `!say <name>` sends one to the person, in their language. Here in the desk's language:
desk-owner-silent = Case { $case }: the person has waited { $minutes } min for an answer from { $owner }. Any operator on duty can take it with `!takeover { $case }`.
desk-taken-over = { $owner } took over case { $case } from { $from }: from now on only { $owner }'s messages go to the person.
desk-flag-expired = Conversation { $case } was flagged but nobody took it within { $hours } hours: closed as expired.
desk-refused-off-duty = You are off duty: `!duty on` in the lobby first.
desk-identity-changed = { $user }'s security identity changed (their cross-signing was reset: by them, or by someone with their password or the server's administrator). Until an operator trusts it, { $user } is off the roster: out of every case room, their cases back in the queue. Ask { $user } in person or by phone whether they reset it; if they did, `!trust { $user }`.
desk-identity-trusted = { $by } trusted { $user }'s new security identity: { $user } is back on the roster.
desk-refused-not-suspended = { $user } is not an operator waiting to be trusted: `!trust` is only for an operator whose identity changed.
desk-removed-suspended = { $user } is removed from this room: their security identity changed and no operator has trusted it yet.
desk-verify-compare = To verify the bot, compare with what your client shows: { $emoji } (or the numbers { $numbers }). Press “They match” only if they are the same; if not, press “They don't match” and tell the administrator.
