namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>∂Body/∂z[j], unevaluated: <c>diff(e, z[j])</c> at general n.</summary>
public sealed record EntryDerivative(Expr Body, Entry Variable) : Expr;
