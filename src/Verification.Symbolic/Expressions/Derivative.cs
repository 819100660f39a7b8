namespace Verification.Symbolic.Expressions;

/// <summary>The partial derivative ∂Body/∂Variable, unevaluated (what <c>diff(e, x)</c> parses to).</summary>
public sealed record Derivative(Expr Body, Symbol Variable) : Expr;
