namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>Σ over <c>Index</c> from <c>From</c> to <c>To</c> (inclusive; empty when To &lt; From) of Body.</summary>
/// <remarks><c>Index</c> is bound in <c>Body</c>: an inner sum over the same name shadows it.</remarks>
public sealed record IndexedSum(string Index, IndexTerm From, IndexTerm To, Expr Body) : Expr;
