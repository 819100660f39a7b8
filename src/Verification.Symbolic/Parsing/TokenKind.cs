namespace Verification.Symbolic.Parsing;

/// <summary>The kinds of token of the claim language.</summary>
internal enum TokenKind
{
    /// <summary>An unsigned number literal: <c>3</c>, <c>0.25</c>, <c>1e-3</c>.</summary>
    Number,

    /// <summary>A name: a symbol, a function, a keyword or an index variable.</summary>
    Identifier,
    Plus,
    Minus,
    Star,
    Slash,

    /// <summary><c>^</c> (also written <c>**</c>).</summary>
    Caret,
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Comma,
    Colon,

    /// <summary><c>==</c>, the one equality of a claim.</summary>
    EqualEqual,

    /// <summary><c>=</c>, used in <c>where y = …</c> and <c>for i = 2:</c>.</summary>
    Equal,

    /// <summary><c>&gt;=</c>, only in <c>for all n &gt;= 1</c>.</summary>
    GreaterEqual,

    /// <summary><c>..</c>, the inclusive range of indices.</summary>
    DotDot,

    /// <summary>The end of the text.</summary>
    End,

    /// <summary>Something the lexer cannot read; <see cref="Token.Error"/> says why.</summary>
    Invalid,
}
