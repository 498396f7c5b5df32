//! The exceptions generated code and the runtime name by number: the kinds, their names,
//! and which derives from which.

/// Exception kinds that generated code can name when it asks the runtime to raise
/// (`nx_raise_cstr`). The numbering is part of the ABI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i64)]
pub enum ExcKind {
    Exception = 0,
    ValueError = 1,
    TypeError = 2,
    ZeroDivisionError = 3,
    OverflowError = 4,
    RecursionError = 5,
    NotImplementedError = 6,
    IndexError = 7,
    KeyError = 8,
    AssertionError = 9,
    MemoryError = 10,
    RuntimeError = 11,
    BaseException = 12,
    ArithmeticError = 13,
    LookupError = 14,
    AttributeError = 15,
    NameError = 16,
    StopIteration = 17,
    SystemExit = 18,
    KeyboardInterrupt = 19,
    EOFError = 20,
    OSError = 21,
    FileNotFoundError = 22,
    FileExistsError = 23,
    PermissionError = 24,
    IsADirectoryError = 25,
    NotADirectoryError = 26,
    TimeoutError = 27,
    InterruptedError = 28,
    ConnectionError = 29,
    BrokenPipeError = 30,
    ConnectionRefusedError = 31,
    ConnectionResetError = 32,
    ConnectionAbortedError = 33,
    UnicodeError = 34,
    ImportError = 35,
    ModuleNotFoundError = 36,
    GeneratorExit = 37,
    UnboundLocalError = 38,
    FloatingPointError = 39,
    BufferError = 40,
    SyntaxError = 41,
    Warning = 42,
    UserWarning = 43,
    DeprecationWarning = 44,
    RuntimeWarning = 45,
    UnicodeDecodeError = 46,
    UnicodeEncodeError = 47,
    /// `dataclasses.FrozenInstanceError`: an assignment to a frozen dataclass's field.
    FrozenInstanceError = 48,
}

impl ExcKind {
    pub const ALL: &'static [ExcKind] = &[
        ExcKind::Exception,
        ExcKind::ValueError,
        ExcKind::TypeError,
        ExcKind::ZeroDivisionError,
        ExcKind::OverflowError,
        ExcKind::RecursionError,
        ExcKind::NotImplementedError,
        ExcKind::IndexError,
        ExcKind::KeyError,
        ExcKind::AssertionError,
        ExcKind::MemoryError,
        ExcKind::RuntimeError,
        ExcKind::BaseException,
        ExcKind::ArithmeticError,
        ExcKind::LookupError,
        ExcKind::AttributeError,
        ExcKind::NameError,
        ExcKind::StopIteration,
        ExcKind::SystemExit,
        ExcKind::KeyboardInterrupt,
        ExcKind::EOFError,
        ExcKind::OSError,
        ExcKind::FileNotFoundError,
        ExcKind::FileExistsError,
        ExcKind::PermissionError,
        ExcKind::IsADirectoryError,
        ExcKind::NotADirectoryError,
        ExcKind::TimeoutError,
        ExcKind::InterruptedError,
        ExcKind::ConnectionError,
        ExcKind::BrokenPipeError,
        ExcKind::ConnectionRefusedError,
        ExcKind::ConnectionResetError,
        ExcKind::ConnectionAbortedError,
        ExcKind::UnicodeError,
        ExcKind::ImportError,
        ExcKind::ModuleNotFoundError,
        ExcKind::GeneratorExit,
        ExcKind::UnboundLocalError,
        ExcKind::FloatingPointError,
        ExcKind::BufferError,
        ExcKind::SyntaxError,
        ExcKind::Warning,
        ExcKind::UserWarning,
        ExcKind::DeprecationWarning,
        ExcKind::RuntimeWarning,
        ExcKind::UnicodeDecodeError,
        ExcKind::UnicodeEncodeError,
        ExcKind::FrozenInstanceError,
    ];

    /// The base class, as in CPython's hierarchy.
    pub fn parent(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            Exception | SystemExit | KeyboardInterrupt => BaseException,
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            RecursionError | NotImplementedError => RuntimeError,
            GeneratorExit => BaseException,
            FileNotFoundError | FileExistsError | PermissionError | IsADirectoryError
            | NotADirectoryError | TimeoutError | InterruptedError | ConnectionError => OSError,
            BrokenPipeError
            | ConnectionRefusedError
            | ConnectionResetError
            | ConnectionAbortedError => ConnectionError,
            UnicodeError => ValueError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            ModuleNotFoundError => ImportError,
            UnboundLocalError => NameError,
            FloatingPointError => ArithmeticError,
            UserWarning | DeprecationWarning | RuntimeWarning => Warning,
            FrozenInstanceError => AttributeError,
            _ => Exception,
        })
    }

    /// Whether an exception of this kind is caught by `except other`.
    pub fn is_subclass_of(self, other: ExcKind) -> bool {
        let mut k = Some(self);
        while let Some(x) = k {
            if x == other {
                return true;
            }
            k = x.parent();
        }
        false
    }

    /// The kind of a builtin exception class name (`IOError` and `EnvironmentError` are
    /// aliases of `OSError`, as in CPython). A class of a module is named by its qualified
    /// name (`dataclasses.FrozenInstanceError`), which no Python identifier is: the compiler
    /// rewrites the program's references to it.
    pub fn from_name(name: &str) -> Option<ExcKind> {
        let name = match name {
            "IOError" | "EnvironmentError" => "OSError",
            n => n,
        };
        ExcKind::ALL
            .iter()
            .copied()
            .find(|k| k.qualified_name() == name)
    }

    /// The module of a class that is not a builtin.
    pub fn module(self) -> Option<&'static str> {
        match self {
            ExcKind::FrozenInstanceError => Some("dataclasses"),
            _ => None,
        }
    }

    /// The name a traceback shows: the class name, after its module unless a builtin.
    pub fn qualified_name(self) -> String {
        match self.module() {
            Some(m) => format!("{m}.{}", self.name()),
            None => self.name().to_string(),
        }
    }

    pub fn from_code(code: i64) -> Option<ExcKind> {
        ExcKind::ALL.iter().copied().find(|k| *k as i64 == code)
    }

    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::Exception => "Exception",
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::BaseException => "BaseException",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::LookupError => "LookupError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::NameError => "NameError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::SystemExit => "SystemExit",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
            ExcKind::EOFError => "EOFError",
            ExcKind::OSError => "OSError",
            ExcKind::FileNotFoundError => "FileNotFoundError",
            ExcKind::FileExistsError => "FileExistsError",
            ExcKind::PermissionError => "PermissionError",
            ExcKind::IsADirectoryError => "IsADirectoryError",
            ExcKind::NotADirectoryError => "NotADirectoryError",
            ExcKind::TimeoutError => "TimeoutError",
            ExcKind::InterruptedError => "InterruptedError",
            ExcKind::ConnectionError => "ConnectionError",
            ExcKind::BrokenPipeError => "BrokenPipeError",
            ExcKind::ConnectionRefusedError => "ConnectionRefusedError",
            ExcKind::ConnectionResetError => "ConnectionResetError",
            ExcKind::ConnectionAbortedError => "ConnectionAbortedError",
            ExcKind::UnicodeError => "UnicodeError",
            ExcKind::ImportError => "ImportError",
            ExcKind::ModuleNotFoundError => "ModuleNotFoundError",
            ExcKind::GeneratorExit => "GeneratorExit",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::FloatingPointError => "FloatingPointError",
            ExcKind::BufferError => "BufferError",
            ExcKind::SyntaxError => "SyntaxError",
            ExcKind::Warning => "Warning",
            ExcKind::UserWarning => "UserWarning",
            ExcKind::DeprecationWarning => "DeprecationWarning",
            ExcKind::RuntimeWarning => "RuntimeWarning",
            ExcKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
            ExcKind::FrozenInstanceError => "FrozenInstanceError",
        }
    }
}
