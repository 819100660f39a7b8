using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Calculus;

/// <summary>
/// One rule application: <see cref="Before"/> is the derivative being taken (a <see cref="Derivative"/>
/// node) and <see cref="After"/> what the rule rewrites it to. <see cref="After"/> may still hold
/// <see cref="Derivative"/> nodes for the sub-expressions the rule leaves to later steps, so every step
/// is a small identity that can be checked on its own.
/// </summary>
public sealed record DifferentiationStep(string Rule, Expr Before, Expr After);
