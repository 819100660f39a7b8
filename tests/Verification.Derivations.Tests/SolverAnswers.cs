using Verification.Symbolic.Equivalence;

namespace Verification.Derivations.Tests;

/// <summary>Prints a solver answer as "u = value; …" (one family), for comparison with a hand-worked answer.</summary>
internal static class SolverAnswers
{
    public static string Describe(EquivalenceSolutions solutions) =>
        string.Join(" | ", solutions.Families.Select(family => string.Join("; ", family.Assignments.Select(a => $"{a.Unknown} = {a.Value}"))));
}
