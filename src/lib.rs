//! Varco: the secure messaging front door of an anti-trafficking helpline.
#![warn(missing_docs)]
pub mod admin;
pub mod channel;
pub mod clock;
pub mod config;
pub mod content;
pub mod control;
pub mod conversation;
pub mod directory;
pub mod flow;
pub mod fuzz;
pub mod handoff;
pub mod l10n;
pub mod metrics;
pub mod serve;
pub mod stats;
pub mod store;

/// mimalloc instead of glibc's malloc, for the binary and everything that links the library
/// (benches measure what `serve` runs). A turn allocates and frees many small values of many
/// sizes (texts, JSON, sealed buffers, sled's nodes) from several threads; glibc spent about
/// a quarter of `serve`'s user time in `malloc`/`free` and their consolidation paths, and the
/// durable turn is about 25 % faster with mimalloc (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's options for a service that must stay small (BENCHMARKS.md: `VmHWM` ≤ 100 MB
/// under load), set before Rust's first allocation: by default mimalloc commits its arenas
/// eagerly and purges freed memory a second later, and `serve`'s peak RSS under the Telegram
/// load bench went from 86 MB (glibc) to 186–200 MB; with lazy commit and immediate purging
/// it is 84–94 MB, at the same throughput as glibc. The same as `MIMALLOC_ARENA_EAGER_COMMIT=0
/// MIMALLOC_PURGE_DELAY=0` in the environment; set here, these two win over the
/// environment's.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static ALLOCATOR_OPTIONS: extern "C" fn() = allocator_options;

#[cfg(target_os = "linux")]
extern "C" fn allocator_options() {
    // `mi_option_e` in mimalloc.h (the same numbers in mimalloc v2 and v3).
    const ARENA_EAGER_COMMIT: std::ffi::c_int = 4;
    const PURGE_DELAY: std::ffi::c_int = 15;
    extern "C" {
        fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    }
    // SAFETY: `mi_option_set` only stores a value in mimalloc's option table; it may be
    // called at any time, also before mimalloc has allocated anything.
    unsafe {
        mi_option_set(ARENA_EAGER_COMMIT, 0);
        mi_option_set(PURGE_DELAY, 0);
    }
}
