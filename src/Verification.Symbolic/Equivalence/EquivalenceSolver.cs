using System.Collections.Immutable;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Equivalence;

/// <summary>
/// Answers "for which values of the unknowns θ is f(x; θ) = g(x; θ) for every x?" exactly.
/// </summary>
/// <remarks>
/// Bring f − g to canonical form; its expanded coefficient Σₖ cₖ·mₖ(x, θ)·e^(Xₖ(x, θ) + Kₖ(θ)) must
/// vanish for all x (the factors are non-zero functions). Split each exponent into its x-dependent
/// part Xₖ and x-free part Kₖ. For a fixed θ, terms whose Xₖ coincide combine and the rest are
/// linearly independent, so every solution θ belongs to exactly one partition of the terms into
/// "equal X" blocks. The solver enumerates those partitions (Bell-number many; bounded by
/// <see cref="EngineLimits.MaxEquivalenceClasses"/>), and for each one writes the exact conditions:
/// equal X within a block (linear equations, one per x-monomial), and inside a block, for each
/// x-monomial, Σ c·m(θ)·e^K = 0 — solved exactly when the terms share K (Σ c·m(θ) = 0) or are two
/// constants c, −c (K₁ = K₂), impossible when all constants have one sign, and otherwise Unknown.
/// The solution set is the union over partitions of the solutions of these linear systems. For a
/// sigmoid head against a two-class softmax head this yields w' = w₀ − w₁, b' = b₀ − b₁, and for the
/// converse the family w₀ = w' + u, w₁ = u.
/// </remarks>
public static class EquivalenceSolver
{
    public static EquivalenceResult Solve(SolveClaim claim, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var context = new CanonicalContext(limits);
        try
        {
            return SolveCore(claim, context);
        }
        catch (OutsideFragmentException e)
        {
            return new EquivalenceUnknown(e.Message);
        }
        catch (WorkLimitExceededException e)
        {
            return new EquivalenceUnknown(e.Message);
        }
    }

    private static EquivalenceResult SolveCore(SolveClaim claim, CanonicalContext context)
    {
        var unknowns = claim.Unknowns.Select(u => u.Name).ToList();
        var variables = claim.ForAll.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var difference = Canonicalizer.ToCanonical(claim.Left, context)
            .Subtract(Canonicalizer.ToCanonical(claim.Right, context), context);
        if (difference.IsZero)
        {
            return new EquivalenceSolutions([new SolutionFamily([], claim.Unknowns, [])]);
        }

        if (difference.Atoms.Any(CanonicalContext.IsLogAtom))
        {
            return new EquivalenceUnknown("the difference of the two sides contains logarithms, which the equivalence solver does not handle");
        }

        var classes = difference.Coefficient.Terms
            .Select(t => SplitTerm.Of(t, variables))
            .GroupBy(t => t.VariableExponent)
            .Select(g => g.ToList())
            .ToList();
        if (classes.Count > context.Limits.MaxEquivalenceClasses)
        {
            return new EquivalenceUnknown(
                $"too large: {classes.Count} distinct exponentials in x exceed {context.Limits.MaxEquivalenceClasses} (EngineLimits.MaxEquivalenceClasses)");
        }

        var families = new Dictionary<string, LinearSolution>(StringComparer.Ordinal);
        string? unknownReason = null;
        foreach (var partition in Partitions(classes, unknowns))
        {
            var outcome = SolvePartition(partition, unknowns, variables);
            if (outcome.UnknownReason is not null)
            {
                unknownReason ??= outcome.UnknownReason;
            }
            else if (outcome.Solution is not null)
            {
                families.TryAdd(outcome.Solution.Key, outcome.Solution);
            }
        }

        if (unknownReason is not null)
        {
            return new EquivalenceUnknown(unknownReason);
        }

        if (families.Count == 0)
        {
            return new NoEquivalence(
                $"no values of {string.Join(", ", unknowns)} cancel every term of the difference {difference} for all {string.Join(", ", claim.ForAll.Select(v => v.Name))}");
        }

        return new EquivalenceSolutions([.. families.Values.Select(f => ToFamily(f, claim.Unknowns))]);
    }

    private static SolutionFamily ToFamily(LinearSolution solution, ImmutableArray<Symbol> unknowns)
    {
        var order = unknowns.Select((u, i) => (u.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        return new SolutionFamily(
            [.. solution.Assignments.OrderBy(a => order[a.Unknown]).Select(a => new Assignment(new Symbol(a.Unknown), PolynomialExpression.ToExpr(a.Value)))],
            [.. solution.Free.OrderBy(f => order[f]).Select(f => new Symbol(f))],
            [.. solution.Conditions.Select(PolynomialExpression.ToExpr)]);
    }

    /// <summary>Set partitions of the classes (restricted growth strings), pruning blocks whose X cannot become equal.</summary>
    private static IEnumerable<List<List<List<SplitTerm>>>> Partitions(List<List<SplitTerm>> classes, List<string> unknowns)
    {
        var blocks = new List<List<List<SplitTerm>>>();
        return Extend(0);

        IEnumerable<List<List<List<SplitTerm>>>> Extend(int next)
        {
            if (next == classes.Count)
            {
                yield return [.. blocks.Select(b => b.ToList())];
                yield break;
            }

            var candidate = classes[next];
            for (var b = 0; b < blocks.Count; b++)
            {
                if (!blocks[b].All(other => CanCoincide(other[0].VariableExponent, candidate[0].VariableExponent, unknowns)))
                {
                    continue;
                }

                blocks[b].Add(candidate);
                foreach (var partition in Extend(next + 1))
                {
                    yield return partition;
                }

                blocks[b].RemoveAt(blocks[b].Count - 1);
            }

            blocks.Add([candidate]);
            foreach (var partition in Extend(next + 1))
            {
                yield return partition;
            }

            blocks.RemoveAt(blocks.Count - 1);
        }
    }

    /// <summary>Two x-exponents can be made equal only if their difference mentions an unknown.</summary>
    private static bool CanCoincide(Polynomial first, Polynomial second, List<string> unknowns)
    {
        var difference = first.Subtract(second);
        return difference.IsZero || unknowns.Any(difference.ContainsAtom);
    }

    private static (LinearSolution? Solution, string? UnknownReason) SolvePartition(List<List<List<SplitTerm>>> partition, List<string> unknowns, HashSet<string> variables)
    {
        var system = new LinearSystem(unknowns);
        foreach (var block in partition)
        {
            // Equal x-exponents within the block: one equation per x-monomial of the difference.
            var representative = block[0][0].VariableExponent;
            foreach (var other in block.Skip(1))
            {
                foreach (var equation in CoefficientsByVariableMonomial(other[0].VariableExponent.Subtract(representative), variables))
                {
                    if (!system.TryAddEquation(equation))
                    {
                        return (null, $"the condition {equation} = 0 is not linear in the unknowns");
                    }
                }
            }

            // Inside the block, for each x-monomial: Σ c·m(θ)·e^K = 0.
            foreach (var group in block.SelectMany(c => c).GroupBy(t => t.VariableMonomial))
            {
                var sums = group.GroupBy(t => t.ParameterExponent)
                    .Select(k => (Exponent: k.Key, Sum: Polynomial.FromTerms(k.Select(t => new PolynomialTerm(t.ParameterMonomial, t.Coefficient)))))
                    .Where(k => !k.Sum.IsZero)
                    .ToList();
                var verdict = Cancellation(sums, system);
                if (verdict is not null)
                {
                    return verdict == Infeasible ? (null, null) : (null, verdict);
                }
            }
        }

        return (system.Solve(), null);
    }

    private const string Infeasible = "infeasible";

    /// <summary>
    /// Conditions for Σ_K S_K(θ)·e^K = 0; null when they were added to the system, <see cref="Infeasible"/>
    /// when impossible, otherwise the reason the solver cannot settle it.
    /// </summary>
    private static string? Cancellation(List<(Polynomial Exponent, Polynomial Sum)> sums, LinearSystem system)
    {
        switch (sums.Count)
        {
            case 0:
                return null;
            case 1:
                // e^K ≠ 0, so the coefficient itself must vanish.
                return sums[0].Sum.IsConstant ? Infeasible
                    : system.TryAddEquation(sums[0].Sum) ? null : $"the condition {sums[0].Sum} = 0 is not linear in the unknowns";
        }

        if (sums.All(s => s.Sum.IsConstant))
        {
            var signs = sums.Select(s => s.Sum.ConstantTerm.IsPositive).Distinct().Count();
            if (signs == 1)
            {
                // A sum of positive multiples of exponentials is never 0.
                return Infeasible;
            }

            if (sums.Count == 2 && sums[0].Sum.ConstantTerm == -sums[1].Sum.ConstantTerm)
            {
                // c·e^K₁ − c·e^K₂ = 0 ⇔ K₁ = K₂ (exp is injective).
                var equation = sums[0].Exponent.Subtract(sums[1].Exponent);
                return system.TryAddEquation(equation) ? null : $"the condition {equation} = 0 is not linear in the unknowns";
            }
        }

        return "cancelling exponentials with different constant parts would need logarithms of rationals, which the solver does not produce: "
            + string.Join(" + ", sums.Select(s => $"({s.Sum})*exp({s.Exponent})"));
    }

    private static IEnumerable<Polynomial> CoefficientsByVariableMonomial(Polynomial polynomial, HashSet<string> variables) =>
        polynomial.Terms
            .Select(t => (Parts: SplitTerm.SplitMonomial(t.Monomial, variables), t.Coefficient))
            .GroupBy(t => t.Parts.Variable)
            .Select(g => Polynomial.FromTerms(g.Select(t => new PolynomialTerm(t.Parts.Parameter, t.Coefficient))));
}
