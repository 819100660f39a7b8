using System.Collections.Immutable;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Claims;

/// <summary>
/// An equivalence question: for which values of <see cref="Unknowns"/> does Left == Right hold for
/// every value of the variables in <see cref="ForAll"/>? Symbols in neither list are given
/// parameters: the answer may be written in terms of them.
/// </summary>
public sealed record SolveClaim(ImmutableArray<Symbol> Unknowns, Expr Left, Expr Right, ImmutableArray<Symbol> ForAll) : Claim;
