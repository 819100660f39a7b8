using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>A general-n identity over <see cref="GeneralTerm"/>s, with its text and its concrete instances.</summary>
public sealed record GeneralIdentity(GeneralTerm Left, GeneralTerm Right)
{
    private static readonly string[] IndexNames = ["i", "j"];

    /// <summary>The free indices the identity uses, in order.</summary>
    public ImmutableArray<string> Indices
    {
        get
        {
            var used = IndicesOf(Left).Concat(IndicesOf(Right)).ToHashSet(StringComparer.Ordinal);
            return [.. IndexNames.Where(used.Contains)];
        }
    }

    private static IEnumerable<string> IndicesOf(GeneralTerm term) => term switch
    {
        EntryTerm entry => [entry.Index.Text],
        SoftmaxTerm softmax => [softmax.Index.Text],
        DeltaTerm delta => [delta.First.Text, delta.Second.Text],
        FunctionTerm function => IndicesOf(function.Argument),
        BinaryTerm binary => IndicesOf(binary.Left).Concat(IndicesOf(binary.Right)),
        DerivativeTerm derivative => IndicesOf(derivative.Body).Append(derivative.Index.Text),
        SumTerm sum => IndicesOf(sum.Body),
        _ => [],
    };

    /// <summary>Always 1: a sum over 1..n-1 is empty at n = 1, which the claim language allows.</summary>
    public const int MinimumSize = 1;

    public string Text
    {
        get
        {
            var indices = Indices.IsEmpty ? string.Empty : $", {string.Join(", ", Indices)} in 0..n-1";
            return $"for all n >= {MinimumSize}{indices}: {Left.General} == {Right.General}";
        }
    }

    /// <summary>Every instance at length <paramref name="n"/>: the index values and the concrete identity text.</summary>
    public IEnumerable<(ImmutableDictionary<string, int> Indices, string Text)> InstancesAt(int n)
    {
        IEnumerable<ImmutableDictionary<string, int>> assignments = [ImmutableDictionary<string, int>.Empty];
        foreach (var index in Indices)
        {
            assignments = assignments.SelectMany(partial => Enumerable.Range(0, n).Select(value => partial.Add(index, value)));
        }

        return assignments.Select(values => (values, $"{Left.At(n, values)} == {Right.At(n, values)}"));
    }

    public override string ToString() => Text;
}

/// <summary>
/// Random general-n claims: a true identity of softmax, logsumexp, σ and δ, then zero to two random
/// rewrites (an index swapped or pinned to 0 or n − 1, a sign flipped, a number changed, a vector
/// renamed, a sum started at 1, exp and σ exchanged), so about half are true and the rest are false
/// in the ways people get these formulas wrong.
/// </summary>
internal static class GeneralClaims
{
    private static readonly GeneralIndex I = new("i");
    private static readonly GeneralIndex J = new("j");
    private static readonly GeneralIndex K = new("k");
    private static readonly GeneralIndex[] Replacements = [I, J, GeneralIndex.First, GeneralIndex.Last];

    private static SoftmaxTerm S(GeneralIndex index) => new SoftmaxTerm("z", index);

    private static EntryTerm Z(string vector, GeneralIndex index) => new EntryTerm(vector, index);

    private static SumTerm Sum(GeneralTerm body, bool skipFirst = false) => new SumTerm("k", body, skipFirst);

    private static BinaryTerm Times(GeneralTerm a, GeneralTerm b) => new BinaryTerm("*", a, b);

    private static BinaryTerm Minus(GeneralTerm a, GeneralTerm b) => new BinaryTerm("-", a, b);

    private static BinaryTerm Plus(GeneralTerm a, GeneralTerm b) => new BinaryTerm("+", a, b);

    private static DerivativeTerm Diff(GeneralTerm body, GeneralIndex index) => new DerivativeTerm(body, "z", index);

    private static readonly NumberTerm One = new(1);

    /// <summary>True for every n ≥ 1.</summary>
    public static ImmutableArray<GeneralIdentity> TrueIdentities { get; } =
    [
        new(Diff(S(I), J), Times(S(I), Minus(new DeltaTerm(I, J), S(J)))),
        new(Sum(S(K)), One),
        new(Diff(new LogSumExpTerm("z"), I), S(I)),
        new(Sum(Diff(S(K), J)), new NumberTerm(0)),
        new(Sum(Times(Z("g", K), Diff(S(K), J))), Times(S(J), Minus(Z("g", J), Sum(Times(S(K), Z("g", K)))))),
        new(S(I), new BinaryTerm("/", new FunctionTerm("exp", Z("z", I)), Sum(new FunctionTerm("exp", Z("z", K))))),
        new(Diff(S(I), J), Diff(S(J), I)),
        new(Sum(Times(new DeltaTerm(K, I), Z("g", K))), Z("g", I)),
        new(Diff(new FunctionTerm("sigmoid", Z("z", I)), J), Times(new DeltaTerm(I, J), Times(new FunctionTerm("sigmoid", Z("z", I)), Minus(One, new FunctionTerm("sigmoid", Z("z", I)))))),
        new(Plus(S(GeneralIndex.First), Sum(S(K), skipFirst: true)), One),
        new(Diff(Sum(Times(Z("y", K), Z("z", K))), I), Z("y", I)),
    ];

    public static Gen<GeneralIdentity> Any() =>
        from seed in Gen.Elements(TrueIdentities.AsEnumerable())
        from rewrites in Gen.Elements(0, 1, 1, 2)
        from claim in Rewrite(seed, rewrites)
        select claim;

    private static Gen<GeneralIdentity> Rewrite(GeneralIdentity claim, int times)
    {
        if (times == 0)
        {
            return Gen.Constant(claim);
        }

        var variants = Variants(claim.Left).Select(left => claim with { Left = left })
            .Concat(Variants(claim.Right).Select(right => claim with { Right = right }))
            .ToList();
        return Gen.Elements(variants.AsEnumerable()).SelectMany(next => Rewrite(next, times - 1));
    }

    /// <summary>Every term that differs from <paramref name="term"/> by one rewrite at one position.</summary>
    private static IEnumerable<GeneralTerm> Variants(GeneralTerm term)
    {
        switch (term)
        {
            case NumberTerm number:
                yield return number with { Value = number.Value + 1 };
                break;
            case EntryTerm entry:
                foreach (var index in OtherIndices(entry.Index))
                {
                    yield return entry with { Index = index };
                }

                yield return entry with { Vector = entry.Vector == "z" ? "g" : "z" };
                break;
            case SoftmaxTerm softmax:
                foreach (var index in OtherIndices(softmax.Index))
                {
                    yield return softmax with { Index = index };
                }

                break;
            case DeltaTerm delta:
                foreach (var index in OtherIndices(delta.Second))
                {
                    yield return delta with { Second = index };
                }

                break;
            case FunctionTerm function:
                yield return function with { Name = function.Name == "exp" ? "sigmoid" : "exp" };
                foreach (var argument in Variants(function.Argument))
                {
                    yield return function with { Argument = argument };
                }

                break;
            case BinaryTerm binary:
                if (binary.Operator is "+" or "-")
                {
                    yield return binary with { Operator = binary.Operator == "+" ? "-" : "+" };
                }

                foreach (var left in Variants(binary.Left))
                {
                    yield return binary with { Left = left };
                }

                foreach (var right in Variants(binary.Right))
                {
                    yield return binary with { Right = right };
                }

                break;
            case DerivativeTerm derivative:
                foreach (var index in OtherIndices(derivative.Index))
                {
                    yield return derivative with { Index = index };
                }

                foreach (var body in Variants(derivative.Body))
                {
                    yield return derivative with { Body = body };
                }

                break;
            case SumTerm sum:
                yield return sum with { SkipFirst = !sum.SkipFirst };
                foreach (var body in Variants(sum.Body))
                {
                    yield return sum with { Body = body };
                }

                break;
        }

        // Doubling any term is a plausible slip (a factor 2 from a symmetric sum counted twice).
        yield return Times(new NumberTerm(2), term);
    }

    /// <summary>The indices an index may be changed to (never a summation index, which would escape its sum).</summary>
    private static IEnumerable<GeneralIndex> OtherIndices(GeneralIndex index) =>
        index == K ? [] : Replacements.Where(other => other != index);
}
