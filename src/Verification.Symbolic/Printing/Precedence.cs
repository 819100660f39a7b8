namespace Verification.Symbolic.Printing;

/// <summary>How tightly a printed form binds, loosest first; a child printed where a tighter level is needed gets parentheses.</summary>
internal enum Precedence
{
    /// <summary><c>a + b</c>, <c>a - b</c>.</summary>
    Sum,

    /// <summary><c>a * b</c>, <c>a / b</c>.</summary>
    Product,

    /// <summary><c>-a</c>.</summary>
    Unary,

    /// <summary><c>a^n</c>.</summary>
    Power,

    /// <summary>Names, literals, calls: never need parentheses.</summary>
    Atom,
}
