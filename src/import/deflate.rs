//! Raw DEFLATE (RFC 1951), compressor and decompressor, for share links.
//!
//! Written here rather than taken from `miniz_oxide` because it is a
//! fraction of the size in the web build (see the README's dependency
//! notes). The stream is standard, so any inflater reads what this writes,
//! and [`inflate`] reads any standard stream: stored, fixed and dynamic
//! blocks. The compressor finds matches with hash chains and one step of
//! lazy matching, and writes each block with whichever of dynamic Huffman
//! codes, the fixed codes or storing is smallest.
//!
//! [`inflate`] never panics and never writes more than its limit, whatever
//! the bytes (a crafted link cannot exhaust memory).

/// Why a stream could not be inflated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InflateError {
    /// The stream ends in the middle of a block.
    Truncated,
    /// Not a valid DEFLATE stream.
    Invalid,
    /// It would inflate to more than the limit.
    TooLarge,
}

const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
/// The order in which code-length code lengths are stored.
const CL_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

// ---------------------------------------------------------------- inflate

struct BitReader<'a> {
    data: &'a [u8],
    pos: usize,
    bit: u64,
    count: u32,
}

impl BitReader<'_> {
    fn need(&mut self, n: u32) -> Result<(), InflateError> {
        while self.count < n {
            let b = *self.data.get(self.pos).ok_or(InflateError::Truncated)?;
            self.pos += 1;
            self.bit |= (b as u64) << self.count;
            self.count += 8;
        }
        Ok(())
    }

    fn bits(&mut self, n: u32) -> Result<u32, InflateError> {
        if n == 0 {
            return Ok(0);
        }
        self.need(n)?;
        let v = (self.bit & ((1u64 << n) - 1)) as u32;
        self.bit >>= n;
        self.count -= n;
        Ok(v)
    }

    fn align(&mut self) {
        let drop = self.count % 8;
        self.bit >>= drop;
        self.count -= drop;
    }
}

/// A canonical Huffman code for decoding: symbols counted per length and
/// listed in code order (the method of zlib's `puff`).
struct Huffman {
    count: [u16; 16],
    symbols: Vec<u16>,
}

impl Huffman {
    /// `None` for an over-subscribed set of lengths. An incomplete code is
    /// accepted; reading one of its unused codes is an error.
    fn new(lengths: &[u8]) -> Option<Huffman> {
        let mut count = [0u16; 16];
        for &l in lengths {
            count[l as usize & 15] += 1;
        }
        let mut left: i32 = 1;
        for c in &count[1..] {
            left = left * 2 - *c as i32;
            if left < 0 {
                return None;
            }
        }
        let mut offs = [0u16; 16];
        for len in 1..15 {
            offs[len + 1] = offs[len] + count[len];
        }
        let mut symbols = vec![0u16; lengths.len()];
        for (sym, &l) in lengths.iter().enumerate() {
            if l != 0 {
                let slot = &mut offs[l as usize & 15];
                if let Some(s) = symbols.get_mut(*slot as usize) {
                    *s = sym as u16;
                }
                *slot += 1;
            }
        }
        Some(Huffman { count, symbols })
    }

    fn decode(&self, r: &mut BitReader) -> Result<u16, InflateError> {
        let mut code: i32 = 0;
        let mut first: i32 = 0;
        let mut index: i32 = 0;
        for len in 1..16 {
            code |= r.bits(1)? as i32;
            let count = self.count[len] as i32;
            if code - count < first {
                return self
                    .symbols
                    .get((index + (code - first)) as usize)
                    .copied()
                    .ok_or(InflateError::Invalid);
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        Err(InflateError::Invalid)
    }
}

fn fixed_tables() -> (Huffman, Huffman) {
    let mut lit = [0u8; 288];
    for (i, l) in lit.iter_mut().enumerate() {
        *l = match i {
            0..=143 => 8,
            144..=255 => 9,
            256..=279 => 7,
            _ => 8,
        };
    }
    let dist = [5u8; 30];
    match (Huffman::new(&lit), Huffman::new(&dist)) {
        (Some(l), Some(d)) => (l, d),
        // Both sets are complete codes; this arm is never taken.
        _ => (
            Huffman {
                count: [0; 16],
                symbols: Vec::new(),
            },
            Huffman {
                count: [0; 16],
                symbols: Vec::new(),
            },
        ),
    }
}

/// Inflates a raw DEFLATE stream to at most `limit` bytes.
pub fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    let mut r = BitReader {
        data,
        pos: 0,
        bit: 0,
        count: 0,
    };
    let mut out: Vec<u8> = Vec::with_capacity(data.len().saturating_mul(3).min(limit));
    loop {
        let last = r.bits(1)? == 1;
        match r.bits(2)? {
            0 => {
                r.align();
                let len = r.bits(16)?;
                let nlen = r.bits(16)?;
                if len != !nlen & 0xFFFF {
                    return Err(InflateError::Invalid);
                }
                if out.len() + len as usize > limit {
                    return Err(InflateError::TooLarge);
                }
                // The reader holds whole bytes only now: copy straight.
                for _ in 0..len {
                    out.push(r.bits(8)? as u8);
                }
            }
            1 => {
                let (lit, dist) = fixed_tables();
                codes(&mut r, &mut out, &lit, &dist, limit)?;
            }
            2 => {
                let (lit, dist) = dynamic_tables(&mut r)?;
                codes(&mut r, &mut out, &lit, &dist, limit)?;
            }
            _ => return Err(InflateError::Invalid),
        }
        if last {
            return Ok(out);
        }
    }
}

fn dynamic_tables(r: &mut BitReader) -> Result<(Huffman, Huffman), InflateError> {
    let hlit = r.bits(5)? as usize + 257;
    let hdist = r.bits(5)? as usize + 1;
    let hclen = r.bits(4)? as usize + 4;
    if hlit > 286 || hdist > 30 {
        return Err(InflateError::Invalid);
    }
    let mut cl = [0u8; 19];
    for &k in CL_ORDER.iter().take(hclen) {
        cl[k] = r.bits(3)? as u8;
    }
    let clh = Huffman::new(&cl).ok_or(InflateError::Invalid)?;
    let mut lengths = vec![0u8; hlit + hdist];
    let mut i = 0;
    while i < lengths.len() {
        let sym = clh.decode(r)?;
        let (value, repeat) = match sym {
            0..=15 => (sym as u8, 1),
            16 => {
                let prev = *i
                    .checked_sub(1)
                    .and_then(|p| lengths.get(p))
                    .ok_or(InflateError::Invalid)?;
                (prev, 3 + r.bits(2)? as usize)
            }
            17 => (0, 3 + r.bits(3)? as usize),
            18 => (0, 11 + r.bits(7)? as usize),
            _ => return Err(InflateError::Invalid),
        };
        if i + repeat > lengths.len() {
            return Err(InflateError::Invalid);
        }
        lengths[i..i + repeat].fill(value);
        i += repeat;
    }
    if lengths[256] == 0 {
        return Err(InflateError::Invalid);
    }
    let lit = Huffman::new(&lengths[..hlit]).ok_or(InflateError::Invalid)?;
    let dist = Huffman::new(&lengths[hlit..]).ok_or(InflateError::Invalid)?;
    Ok((lit, dist))
}

fn codes(
    r: &mut BitReader,
    out: &mut Vec<u8>,
    lit: &Huffman,
    dist: &Huffman,
    limit: usize,
) -> Result<(), InflateError> {
    loop {
        let sym = lit.decode(r)? as usize;
        if sym < 256 {
            if out.len() >= limit {
                return Err(InflateError::TooLarge);
            }
            out.push(sym as u8);
        } else if sym == 256 {
            return Ok(());
        } else {
            let k = sym - 257;
            let (&base, &extra) = LEN_BASE
                .get(k)
                .zip(LEN_EXTRA.get(k))
                .ok_or(InflateError::Invalid)?;
            let len = base as usize + r.bits(extra as u32)? as usize;
            let d = dist.decode(r)? as usize;
            let (&dbase, &dextra) = DIST_BASE
                .get(d)
                .zip(DIST_EXTRA.get(d))
                .ok_or(InflateError::Invalid)?;
            let back = dbase as usize + r.bits(dextra as u32)? as usize;
            if back > out.len() {
                return Err(InflateError::Invalid);
            }
            if out.len() + len > limit {
                return Err(InflateError::TooLarge);
            }
            let from = out.len() - back;
            for k in 0..len {
                let b = out[from + k];
                out.push(b);
            }
        }
    }
}

// ---------------------------------------------------------------- deflate

const WINDOW: usize = 32768;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
const HASH_BITS: u32 = 15;
const MAX_CHAIN: usize = 256;
/// A match this long is taken without looking further.
const NICE_MATCH: usize = 128;
/// Symbols per block: each block gets its own codes.
const BLOCK_SYMBOLS: usize = 1 << 15;
const NONE: u32 = u32::MAX;

/// A literal byte (`dist == 0`) or a match of `len` bytes `dist` back.
#[derive(Clone, Copy)]
struct Sym {
    len: u16,
    dist: u16,
}

struct Matcher<'a> {
    data: &'a [u8],
    head: Vec<u32>,
    prev: Vec<u32>,
    /// Positions below this are in the hash chains.
    inserted: usize,
}

impl Matcher<'_> {
    fn hash(&self, i: usize) -> usize {
        let d = self.data;
        let v = (d[i] as u32) << 16 | (d[i + 1] as u32) << 8 | d[i + 2] as u32;
        (v.wrapping_mul(0x9E37_79B1) >> (32 - HASH_BITS)) as usize
    }

    /// Adds every position below `upto` to the chains.
    fn insert_to(&mut self, upto: usize) {
        while self.inserted < upto {
            let i = self.inserted;
            if i + MIN_MATCH <= self.data.len() {
                let h = self.hash(i);
                self.prev[i % WINDOW] = self.head[h];
                self.head[h] = i as u32;
            }
            self.inserted += 1;
        }
    }

    /// The longest earlier match for position `i`: (length, distance).
    fn longest(&mut self, i: usize) -> (usize, usize) {
        self.insert_to(i);
        let d = self.data;
        if i + MIN_MATCH > d.len() {
            return (0, 0);
        }
        let max = (d.len() - i).min(MAX_MATCH);
        let mut best = (0, 0);
        let mut cand = self.head[self.hash(i)];
        let mut chain = 0;
        while cand != NONE && chain < MAX_CHAIN {
            let c = cand as usize;
            if c >= i || i - c > WINDOW {
                break;
            }
            if d[c + best.0.min(max - 1)] == d[i + best.0.min(max - 1)] {
                let len = d[c..c + max]
                    .iter()
                    .zip(&d[i..i + max])
                    .take_while(|(a, b)| a == b)
                    .count();
                if len > best.0 {
                    best = (len, i - c);
                    if len >= NICE_MATCH.min(max) {
                        break;
                    }
                }
            }
            let next = self.prev[c % WINDOW];
            if next != NONE && next as usize >= c {
                break;
            }
            cand = next;
            chain += 1;
        }
        // A three-byte match far away costs more than three literals.
        if best.0 == MIN_MATCH && best.1 > 4096 {
            return (0, 0);
        }
        best
    }
}

/// Compresses `data` as a raw DEFLATE stream.
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut m = Matcher {
        data,
        head: vec![NONE; 1 << HASH_BITS],
        prev: vec![NONE; WINDOW],
        inserted: 0,
    };
    let mut syms: Vec<Sym> = Vec::with_capacity(data.len() / 2 + 16);
    let literal = |b: u8| Sym {
        len: b as u16,
        dist: 0,
    };
    // The match found one byte on by the last lazy look, if any.
    let mut ahead: Option<(usize, (usize, usize))> = None;
    let mut i = 0;
    while i < data.len() {
        let (len, dist) = match ahead.take() {
            Some((at, found)) if at == i => found,
            _ => m.longest(i),
        };
        if len < MIN_MATCH {
            syms.push(literal(data[i]));
            i += 1;
            continue;
        }
        // Lazy matching: a longer match one byte on is worth a literal.
        if len < NICE_MATCH && i + 1 < data.len() {
            let next = m.longest(i + 1);
            if next.0 > len {
                syms.push(literal(data[i]));
                ahead = Some((i + 1, next));
                i += 1;
                continue;
            }
        }
        syms.push(Sym {
            len: len as u16,
            dist: dist as u16,
        });
        i += len;
    }

    let mut w = BitWriter::default();
    let mut raw_at = 0;
    let blocks: Vec<&[Sym]> = if syms.is_empty() {
        vec![&[]]
    } else {
        syms.chunks(BLOCK_SYMBOLS).collect()
    };
    let n = blocks.len();
    for (k, block) in blocks.into_iter().enumerate() {
        let raw_len: usize = block
            .iter()
            .map(|s| if s.dist == 0 { 1 } else { s.len as usize })
            .sum();
        write_block(&mut w, block, &data[raw_at..raw_at + raw_len], k + 1 == n);
        raw_at += raw_len;
    }
    w.finish()
}

#[derive(Default)]
struct BitWriter {
    out: Vec<u8>,
    bit: u64,
    count: u32,
}

impl BitWriter {
    fn put(&mut self, value: u32, n: u32) {
        self.bit |= (value as u64) << self.count;
        self.count += n;
        while self.count >= 8 {
            self.out.push(self.bit as u8);
            self.bit >>= 8;
            self.count -= 8;
        }
    }

    fn align(&mut self) {
        if self.count > 0 {
            self.out.push(self.bit as u8);
            self.bit = 0;
            self.count = 0;
        }
    }

    fn finish(mut self) -> Vec<u8> {
        self.align();
        self.out
    }
}

fn len_code(len: usize) -> usize {
    LEN_BASE.partition_point(|&b| b as usize <= len) - 1
}

fn dist_code(dist: usize) -> usize {
    DIST_BASE.partition_point(|&b| b as usize <= dist) - 1
}

/// Code lengths of at most `limit` bits for these frequencies (zero for an
/// unused symbol). Frequencies are halved until the code fits.
fn code_lengths(freqs: &[u32], limit: u8) -> Vec<u8> {
    let mut f: Vec<u32> = freqs.to_vec();
    loop {
        let mut leaves: Vec<(u32, usize)> = f
            .iter()
            .enumerate()
            .filter(|(_, &x)| x > 0)
            .map(|(s, &x)| (x, s))
            .collect();
        let mut lengths = vec![0u8; f.len()];
        if leaves.len() <= 1 {
            if let Some(&(_, s)) = leaves.first() {
                lengths[s] = 1;
            }
            return lengths;
        }
        // At most 286 leaves: an insertion sort is quick and small.
        for k in 1..leaves.len() {
            let mut j = k;
            while j > 0 && leaves[j - 1] > leaves[j] {
                leaves.swap(j - 1, j);
                j -= 1;
            }
        }
        // Two queues: sorted leaves and internal nodes made in order.
        let n = leaves.len();
        let mut weight: Vec<u64> = leaves.iter().map(|l| l.0 as u64).collect();
        let mut parent: Vec<usize> = vec![0; 2 * n - 1];
        let (mut li, mut ni) = (0, n);
        for _ in 0..n - 1 {
            let mut pick = |weight: &Vec<u64>| {
                if li < n && (ni >= weight.len() || weight[li] <= weight[ni]) {
                    li += 1;
                    li - 1
                } else {
                    ni += 1;
                    ni - 1
                }
            };
            let a = pick(&weight);
            let b = pick(&weight);
            let node = weight.len();
            weight.push(weight[a] + weight[b]);
            parent[a] = node;
            parent[b] = node;
        }
        let root = weight.len() - 1;
        let mut depth = vec![0u8; weight.len()];
        for k in (0..root).rev() {
            depth[k] = depth[parent[k]].saturating_add(1);
        }
        let max = depth[..n].iter().copied().max().unwrap_or(0);
        if max <= limit {
            for (k, &(_, s)) in leaves.iter().enumerate() {
                lengths[s] = depth[k];
            }
            return lengths;
        }
        for x in f.iter_mut().filter(|x| **x > 0) {
            *x = (*x >> 1).max(1);
        }
    }
}

/// Makes a code complete by giving a second symbol one bit when only one
/// is used (some inflaters refuse incomplete codes).
fn at_least_two(lengths: &mut [u8]) {
    if lengths.iter().filter(|&&l| l > 0).count() >= 2 {
        return;
    }
    let used = lengths.iter().position(|&l| l > 0);
    let other = (0..lengths.len()).find(|&k| Some(k) != used).unwrap_or(0);
    if let Some(u) = used {
        lengths[u] = 1;
    }
    if let Some(l) = lengths.get_mut(other) {
        *l = 1;
    }
    if used.is_none() {
        if let Some(l) = lengths.iter_mut().find(|l| **l == 0) {
            *l = 1;
        }
    }
}

/// Canonical codes for lengths, bit-reversed for LSB-first writing.
fn canonical(lengths: &[u8]) -> Vec<u32> {
    let mut count = [0u32; 16];
    for &l in lengths {
        count[l as usize & 15] += 1;
    }
    count[0] = 0;
    let mut next = [0u32; 16];
    let mut code = 0;
    for bits in 1..16 {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    lengths
        .iter()
        .map(|&l| {
            if l == 0 {
                return 0;
            }
            let c = next[l as usize];
            next[l as usize] += 1;
            c.reverse_bits() >> (32 - l as u32)
        })
        .collect()
}

/// Run-length coded code lengths (symbols 0–18 with their extra bits).
fn rle_lengths(lengths: &[u8]) -> Vec<(u8, u8)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lengths.len() {
        let v = lengths[i];
        let run = lengths[i..].iter().take_while(|&&x| x == v).count();
        if v == 0 && run >= 3 {
            let r = run.min(138);
            if r >= 11 {
                out.push((18, (r - 11) as u8));
            } else {
                out.push((17, (r - 3) as u8));
            }
            i += r;
        } else if v != 0 && run >= 4 {
            out.push((v, 0));
            let r = (run - 1).min(6);
            out.push((16, (r - 3) as u8));
            i += 1 + r;
        } else {
            out.push((v, 0));
            i += 1;
        }
    }
    out
}

fn write_block(w: &mut BitWriter, block: &[Sym], raw: &[u8], last: bool) {
    let mut lit_freq = vec![0u32; 286];
    let mut dist_freq = vec![0u32; 30];
    let mut extra_bits: u64 = 0;
    for s in block {
        if s.dist == 0 {
            lit_freq[s.len as usize] += 1;
        } else {
            let lc = len_code(s.len as usize);
            let dc = dist_code(s.dist as usize);
            lit_freq[257 + lc] += 1;
            dist_freq[dc] += 1;
            extra_bits += LEN_EXTRA[lc] as u64 + DIST_EXTRA[dc] as u64;
        }
    }
    lit_freq[256] = 1;

    // Dynamic codes, each complete.
    let mut lit_len = code_lengths(&lit_freq, 15);
    at_least_two(&mut lit_len);
    let mut dist_len = code_lengths(&dist_freq, 15);
    at_least_two(&mut dist_len);
    let hlit = 257.max(lit_len.iter().rposition(|&l| l > 0).map_or(0, |p| p + 1));
    let hdist = 1.max(dist_len.iter().rposition(|&l| l > 0).map_or(0, |p| p + 1));
    let mut all = lit_len[..hlit].to_vec();
    all.extend_from_slice(&dist_len[..hdist]);
    let rle = rle_lengths(&all);
    let mut cl_freq = vec![0u32; 19];
    for &(s, _) in &rle {
        cl_freq[s as usize] += 1;
    }
    let mut cl_len = code_lengths(&cl_freq, 7);
    at_least_two(&mut cl_len);
    let hclen = 4.max(
        CL_ORDER
            .iter()
            .rposition(|&k| cl_len[k] > 0)
            .map_or(0, |p| p + 1),
    );
    let cost = |lit: &[u8], dist: &[u8]| -> u64 {
        let l: u64 = lit_freq
            .iter()
            .zip(lit)
            .map(|(&f, &b)| f as u64 * b as u64)
            .sum();
        let d: u64 = dist_freq
            .iter()
            .zip(dist)
            .map(|(&f, &b)| f as u64 * b as u64)
            .sum();
        l + d + extra_bits
    };
    let rle_bits: u64 = rle
        .iter()
        .map(|&(s, _)| {
            cl_len[s as usize] as u64
                + match s {
                    16 => 2,
                    17 => 3,
                    18 => 7,
                    _ => 0,
                }
        })
        .sum();
    let dynamic_bits = 14 + 3 * hclen as u64 + rle_bits + cost(&lit_len, &dist_len);
    // All 288 fixed lengths, so that the canonical codes come out right.
    let fixed_lit: Vec<u8> = (0..288)
        .map(|i| match i {
            0..=143 => 8,
            144..=255 => 9,
            256..=279 => 7,
            _ => 8,
        })
        .collect();
    let fixed_dist = [5u8; 30];
    let fixed_bits = cost(&fixed_lit, &fixed_dist);
    let stored_bits = (raw.len() as u64 + 5 * raw.len().div_ceil(65535).max(1) as u64) * 8;

    if stored_bits < dynamic_bits.min(fixed_bits) {
        let chunks: Vec<&[u8]> = if raw.is_empty() {
            vec![&[]]
        } else {
            raw.chunks(65535).collect()
        };
        let n = chunks.len();
        for (k, c) in chunks.into_iter().enumerate() {
            w.put(u32::from(last && k + 1 == n), 1);
            w.put(0, 2);
            w.align();
            w.put(c.len() as u32, 16);
            w.put(!(c.len() as u32) & 0xFFFF, 16);
            for &b in c {
                w.put(b as u32, 8);
            }
        }
        return;
    }
    w.put(u32::from(last), 1);
    let (lit_len, dist_len) = if fixed_bits <= dynamic_bits {
        w.put(1, 2);
        (fixed_lit, fixed_dist.to_vec())
    } else {
        w.put(2, 2);
        w.put((hlit - 257) as u32, 5);
        w.put((hdist - 1) as u32, 5);
        w.put((hclen - 4) as u32, 4);
        for &k in CL_ORDER.iter().take(hclen) {
            w.put(cl_len[k] as u32, 3);
        }
        let cl_code = canonical(&cl_len);
        for &(s, extra) in &rle {
            w.put(cl_code[s as usize], cl_len[s as usize] as u32);
            match s {
                16 => w.put(extra as u32, 2),
                17 => w.put(extra as u32, 3),
                18 => w.put(extra as u32, 7),
                _ => {}
            }
        }
        (lit_len, dist_len)
    };
    let lit_code = canonical(&lit_len);
    let dist_code_bits = canonical(&dist_len);
    for s in block {
        if s.dist == 0 {
            let c = s.len as usize;
            w.put(lit_code[c], lit_len[c] as u32);
        } else {
            let lc = len_code(s.len as usize);
            w.put(lit_code[257 + lc], lit_len[257 + lc] as u32);
            w.put((s.len - LEN_BASE[lc]) as u32, LEN_EXTRA[lc] as u32);
            let dc = dist_code(s.dist as usize);
            w.put(dist_code_bits[dc], dist_len[dc] as u32);
            w.put((s.dist - DIST_BASE[dc]) as u32, DIST_EXTRA[dc] as u32);
        }
    }
    w.put(lit_code[256], lit_len[256] as u32);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(data: &[u8]) {
        let z = deflate(data);
        assert_eq!(inflate(&z, data.len()).as_deref(), Ok(data));
    }

    #[test]
    fn empty_short_repetitive_and_binary_inputs_round_trip() {
        round_trip(b"");
        round_trip(b"a");
        round_trip(b"abcabcabcabcabcabc");
        round_trip(&[7u8; 100_000]);
        let noise: Vec<u8> = (0..70_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        round_trip(&noise);
    }

    #[test]
    fn the_limit_stops_a_bomb() {
        let z = deflate(&[0u8; 1 << 20]);
        assert_eq!(inflate(&z, 1000), Err(InflateError::TooLarge));
    }

    #[test]
    fn a_distance_before_the_start_is_refused() {
        // A fixed block whose first symbol is a match (length 3, distance 1).
        let mut w = BitWriter::default();
        w.put(1, 1);
        w.put(1, 2);
        let lens: Vec<u8> = (0..288)
            .map(|i| match i {
                0..=143 => 8,
                144..=255 => 9,
                256..=279 => 7,
                _ => 8,
            })
            .collect();
        let codes = canonical(&lens);
        w.put(codes[257], 7);
        w.put(0, 5);
        w.put(codes[256], 7);
        assert_eq!(inflate(&w.finish(), 100), Err(InflateError::Invalid));
    }
}
