using System.Collections.Immutable;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Calculus;

/// <summary>
/// A derivative (free of <see cref="Derivative"/> nodes) together with the rules applied to obtain
/// it, parent before children, in the order they were applied.
/// </summary>
public sealed record DifferentiationResult(Expr Result, ImmutableArray<DifferentiationStep> Steps);
