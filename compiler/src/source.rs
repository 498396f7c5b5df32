//! The source map: every file the compiler reads, and byte spans into them.
//!
//! **Invariant:** every diagnostic and every debug location is expressed as a [`Span`] into this
//! one map; no stage keeps its own notion of "line".
//!
//! The parser's ranges are offsets in one address space shared by all files: each file starts at
//! its own `base` (the user's program at 0, each standard-library module after the previous
//! file), so one AST can hold statements of several files and [`SourceMap::span`] still finds
//! the file of any range.

/// Index of a file in the [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A half-open byte range in one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: u32, end: u32) -> Span {
        Span {
            file,
            start,
            end: end.max(start),
        }
    }
}

/// One source file and the byte offsets where its lines start.
pub struct SourceFile {
    pub path: String,
    pub text: String,
    /// Where this file starts in the parser's shared offset space.
    pub base: u32,
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0) as usize;
        let end = (offset as usize).min(self.text.len());
        let col = self
            .text
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line as u32 + 1, col as u32 + 1)
    }
}

/// All files of one compilation.
#[derive(Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, path: impl Into<String>, text: impl Into<String>) -> FileId {
        let text = text.into();
        let base = self
            .files
            .last()
            .map_or(0, |f| f.base + f.text.len() as u32 + 1);
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i as u32 + 1));
        self.files.push(SourceFile {
            path: path.into(),
            text,
            base,
            line_starts,
        });
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// The span of a parser range (shared offset space) in the file that holds it.
    pub fn span(&self, start: u32, end: u32) -> Span {
        let k = self
            .files
            .partition_point(|f| f.base <= start)
            .saturating_sub(1);
        let base = self.files.get(k).map_or(0, |f| f.base);
        Span::new(FileId(k as u32), start - base, end.saturating_sub(base))
    }

    /// 1-based line of the start of a span.
    pub fn line(&self, span: Span) -> u32 {
        self.file(span.file).line_col(span.start).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column() {
        let mut map = SourceMap::default();
        let f = map.add("a.py", "x = 1\ny = 2\n");
        assert_eq!(map.file(f).line_col(0), (1, 1));
        assert_eq!(map.file(f).line_col(6), (2, 1));
        assert_eq!(map.file(f).line_col(10), (2, 5));
    }

    #[test]
    fn shared_offsets_find_their_file() {
        let mut map = SourceMap::default();
        let a = map.add("a.py", "x = 1\n");
        let b = map.add("b.py", "y = 2\n");
        assert_eq!(map.file(b).base, 7);
        assert_eq!(map.span(2, 3), Span::new(a, 2, 3));
        assert_eq!(map.span(7, 8), Span::new(b, 0, 1));
        assert_eq!(map.span(11, 12), Span::new(b, 4, 5));
    }
}
