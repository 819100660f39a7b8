using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Claims;

/// <summary><c>Left == Right</c> for every real value of every free symbol where both sides are defined.</summary>
public sealed record IdentityClaim(Expr Left, Expr Right) : Claim;
