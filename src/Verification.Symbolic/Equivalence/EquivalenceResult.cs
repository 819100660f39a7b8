using System.Collections.Immutable;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Equivalence;

/// <summary>The answer to "for which values of the unknowns is f = g for all variables?".</summary>
public abstract record EquivalenceResult
{
    private protected EquivalenceResult()
    {
    }
}

/// <summary>
/// The complete solution set, a union of affine families. Each family assigns some unknowns in
/// terms of the given parameters and of the family's free unknowns (which may take any real value).
/// </summary>
public sealed record EquivalenceSolutions(ImmutableArray<SolutionFamily> Families) : EquivalenceResult;

/// <summary>No value of the unknowns makes the two sides equal for all variables; the reason says why.</summary>
public sealed record NoEquivalence(string Reason) : EquivalenceResult;

/// <summary>The solver could not settle the question exactly; the reason says what stopped it.</summary>
public sealed record EquivalenceUnknown(string Reason) : EquivalenceResult;

/// <summary>
/// One affine family of solutions: unknown = value for each assigned unknown, every unknown in
/// <see cref="FreeUnknowns"/> arbitrary, and every expression in <see cref="Conditions"/> (in the
/// given parameters only) required to be 0.
/// </summary>
public sealed record SolutionFamily(
    ImmutableArray<Assignment> Assignments,
    ImmutableArray<Symbol> FreeUnknowns,
    ImmutableArray<Expr> Conditions);

/// <summary>Unknown = Value.</summary>
public sealed record Assignment(Symbol Unknown, Expr Value);
