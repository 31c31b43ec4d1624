#![no_main]
#[path = "common.rs"]
mod common;
use factlight::Kind;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| common::run(data, &[Kind::Entity]));
