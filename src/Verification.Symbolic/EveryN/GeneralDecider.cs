using System.Collections.Immutable;
using System.Globalization;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.EveryN;

/// <summary>
/// Decides claims about every length n (<see cref="GeneralClaim"/>): proved by a case split on the
/// equality pattern of the free indices and an abstraction of every sum over the unnamed positions
/// (<see cref="SumAbstraction"/>), refuted only by a concrete n, index values and witness point,
/// otherwise Unknown with the reason.
/// </summary>
/// <remarks>
/// <para><b>The argument.</b> Derivatives are taken on the tree (∂z_k/∂z_j = δ_kj) and the named
/// functions unfolded to Σ form. The fixed positions the claim mentions (0, n − 1, and the positions
/// a partial range such as 1..n−1 leaves out) are distinct for every n ≥ <c>GeneralFrom</c>; for those n,
/// each assignment of the free indices falls in exactly one case (which index equals which, or which
/// fixed position), and in each case the reduced identity over independent symbols is decided exactly.
/// A formal zero in every case proves the claim for every n ≥ GeneralFrom; the finitely many lengths
/// from the claim's least n up to GeneralFrom − 1 are decided as instances, exactly. Nothing is
/// ever proved from instances alone.</para>
/// <para><b>Refutation.</b> A reduced identity that is not a formal zero refutes nothing (the
/// abstracted sums may be related), so the lengths from the least n to <see cref="SearchUpTo"/> are
/// decided instance by instance and the first refuted instance is the counterexample.</para>
/// </remarks>
public static class GeneralDecider
{
    /// <summary>The largest length searched instance by instance for a counterexample.</summary>
    public const int SearchUpTo = 8;

    private const int MaxAnchors = 8;
    private const int MaxCases = 2000;

    public static GeneralDecision Decide(GeneralClaim claim, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        limits ??= EngineLimits.Default;
        var size = claim.Size;
        IdentityClaim resolved;
        ImmutableArray<IdentityClaim> hypotheses;
        try
        {
            resolved = Resolve(claim.Identity);
            hypotheses = [.. claim.Hypotheses.Select(Resolve)];
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException or InsufficientExecutionStackException)
        {
            return Search(claim, limits, claim.MinimumSize, [], $"its derivatives could not be taken ({e.Message})");
        }

        var expressions = new[] { resolved.Left, resolved.Right }.Concat(hypotheses.SelectMany(h => new[] { h.Left, h.Right })).ToList();
        var anchors = Anchors(expressions);
        var generalFrom = Math.Max(claim.MinimumSize, Threshold(anchors));
        if (anchors.Count > MaxAnchors)
        {
            return Search(claim, limits, generalFrom, [], $"too large: more than {MaxAnchors} fixed positions to tell apart");
        }

        var taken = ExprTraversal.FreeSymbols([.. expressions]).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var labels = anchors.Select(a => new NamedIndex(Label(a), a)).ToList();
        var cases = new List<CaseArgument>();
        foreach (var indexCase in IndexCase.All(claim.Indices, labels))
        {
            if (cases.Count == MaxCases)
            {
                return Search(claim, limits, generalFrom, [.. cases], $"too large: more than {MaxCases} cases of equal indices");
            }

            cases.Add(DecideCase(indexCase, resolved, hypotheses, taken, limits));
        }

        var failed = cases.FirstOrDefault(c => c.Verdict is not Proved);
        if (failed is not null)
        {
            var why = failed.Verdict is Unknown unknown ? unknown.Reason : "the reduced identity is not a formal zero";
            return Search(claim, limits, generalFrom, [.. cases], $"case {failed.Case}: {why}");
        }

        // Every case is a formal zero: the claim holds for every n ≥ generalFrom. Below it, instances decide.
        var instances = Enumerable.Range(claim.MinimumSize, generalFrom - claim.MinimumSize).ToImmutableArray();
        foreach (var n in instances)
        {
            var (verdict, counterexample) = DecideInstances(claim, n, limits);
            if (verdict is not Proved)
            {
                return new GeneralDecision(
                    verdict is Refuted ? verdict : new Unknown($"every case holds for {size} ≥ {generalFrom}, but at {size} = {n}: {((Unknown)verdict).Reason}"),
                    [.. cases], generalFrom, instances, counterexample);
            }
        }

        var caseList = string.Join("; ", cases.Select(c => c.Case));
        var below = instances.IsEmpty ? string.Empty : $"; {size} = {string.Join(", ", instances)} decided as instances";
        var method = $"holds for every {size} ≥ {claim.MinimumSize}, a formal zero in each case ({caseList}) with every sum over the unnamed positions an independent symbol{below}";
        var work = cases.Sum(c => ((Proved)c.Verdict).Work);
        return new GeneralDecision(new Proved(method, work), [.. cases], generalFrom, instances, null);
    }

    private static IdentityClaim Resolve(IdentityClaim identity) =>
        new(EntryDifferentiator.Resolve(identity.Left), EntryDifferentiator.Resolve(identity.Right));

    private static CaseArgument DecideCase(IndexCase indexCase, IdentityClaim claim, ImmutableArray<IdentityClaim> hypotheses, HashSet<string> taken, EngineLimits limits)
    {
        var abstraction = new SumAbstraction(indexCase, limits, taken);
        IdentityClaim reduced;
        ImmutableArray<IdentityClaim> reducedHypotheses;
        try
        {
            reduced = new IdentityClaim(abstraction.Abstract(claim.Left), abstraction.Abstract(claim.Right));
            reducedHypotheses = [.. hypotheses.Select(h => new IdentityClaim(abstraction.Abstract(h.Left), abstraction.Abstract(h.Right)))];
        }
        catch (NotAbstractableException e)
        {
            return new CaseArgument(indexCase.Description, indexCase.Named.Length, null, [], new Unknown($"not abstracted: {e.Message}"));
        }

        var named = ExprTraversal.FreeSymbols(reduced.Left, reduced.Right).Where(s => !taken.Contains(s.Name)).ToList();
        if (named.Any(s => taken.Contains(s.Name)))
        {
            return new CaseArgument(indexCase.Description, indexCase.Named.Length, null, [], new Unknown("a symbol of the claim has the name of an entry at a named position"));
        }

        var preferred = abstraction.RestSums.Select(r => r.Symbol).ToList();
        var (used, _, failure) = HypothesisElimination.Apply(reduced, reducedHypotheses, preferred, limits);
        var verdict = failure is not null ? new Unknown(failure) : IdentityDecider.Decide(used, limits);
        return new CaseArgument(indexCase.Description, indexCase.Named.Length, used, [.. abstraction.RestSums], verdict);
    }

    /// <summary>The case argument does not settle the claim: look for a refuted instance at n = from…SearchUpTo.</summary>
    private static GeneralDecision Search(GeneralClaim claim, EngineLimits limits, int generalFrom, ImmutableArray<CaseArgument> cases, string why)
    {
        var searched = ImmutableArray.CreateBuilder<int>();
        string? unsettled = null;
        for (var n = claim.MinimumSize; n <= Math.Max(SearchUpTo, claim.MinimumSize); n++)
        {
            searched.Add(n);
            var (verdict, counterexample) = DecideInstances(claim, n, limits);
            if (verdict is Refuted)
            {
                return new GeneralDecision(verdict, cases, generalFrom, searched.ToImmutable(), counterexample);
            }

            unsettled ??= verdict is Unknown unknown ? $"{claim.Size} = {n}: {unknown.Reason}" : null;
            if (verdict is Unknown { Reason: var reason } && reason.StartsWith("too large", StringComparison.Ordinal))
            {
                break;
            }
        }

        var lengths = searched.Count == 1 ? $"{claim.Size} = {searched[0]}" : $"{claim.Size} = {searched[0]}..{searched[^1]}";
        var evidence = unsettled is null ? $"every instance with {lengths} is proved" : $"no instance with {lengths} is refuted (first unsettled at {unsettled})";
        return new GeneralDecision(new Unknown($"not proved for every {claim.Size}: {why}; {evidence}"), cases, generalFrom, searched.ToImmutable(), null);
    }

    /// <summary>Every instance at length <paramref name="n"/>, decided exactly; the first that is not proved, or Proved.</summary>
    private static (Verdict Verdict, GeneralCounterexample? Counterexample) DecideInstances(GeneralClaim claim, int n, EngineLimits limits)
    {
        var count = Math.Pow(n, claim.Indices.Length);
        if (count > limits.MaxInstances)
        {
            return (new Unknown($"too large: {count:N0} instances at {claim.Size} = {n} (EngineLimits.MaxInstances is {limits.MaxInstances:N0})"), null);
        }

        var context = new CanonicalContext(limits);
        var work = 0L;
        foreach (var indices in Assignments(claim.Indices, n))
        {
            var instance = new IdentityClaim(Instantiation.At(claim.Identity.Left, n, indices), Instantiation.At(claim.Identity.Right, n, indices));
            var instanceHypotheses = claim.Hypotheses.Select(h => new IdentityClaim(Instantiation.At(h.Left, n, indices), Instantiation.At(h.Right, n, indices))).ToList();
            var (used, eliminations, failure) = HypothesisElimination.Apply(instance, instanceHypotheses, [], limits);
            var sorted = indices.ToImmutableSortedDictionary(StringComparer.Ordinal);
            if (failure is not null)
            {
                return (new Unknown(failure), new GeneralCounterexample(n, sorted, instance));
            }

            var verdict = IdentityDecider.Decide(used, context);
            switch (verdict)
            {
                case Proved proved:
                    work += proved.Work;
                    continue;
                case Refuted refuted when HypothesisElimination.Complete(refuted.Witness.Point, eliminations) is { } point:
                    return (new Refuted(refuted.Witness with { Point = point }), new GeneralCounterexample(n, sorted, instance));
                case Refuted:
                    return (new Unknown("a separating point was found, but the hypotheses give an eliminated symbol no rational value there"), new GeneralCounterexample(n, sorted, instance));
                default:
                    return (verdict, new GeneralCounterexample(n, sorted, instance));
            }
        }

        return (new Proved($"every instance at {claim.Size} = {n} is proved", work), null);
    }

    private static IEnumerable<ImmutableDictionary<string, int>> Assignments(ImmutableArray<string> indices, int n)
    {
        IEnumerable<ImmutableDictionary<string, int>> result = [ImmutableDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal)];
        foreach (var index in indices)
        {
            var name = index;
            result = result.SelectMany(partial => Enumerable.Range(0, n).Select(value => partial.Add(name, value)));
        }

        return result;
    }

    /// <summary>The fixed positions: every constant and n − c index, and the positions a partial sum range leaves out.</summary>
    private static List<IndexTerm> Anchors(IEnumerable<Expr> expressions)
    {
        var anchors = new List<IndexTerm>();
        void Add(IndexTerm term)
        {
            if (term is not IndexVariable && !anchors.Contains(term))
            {
                anchors.Add(term);
            }
        }

        foreach (var node in expressions.SelectMany(ExprTraversal.PreOrder))
        {
            switch (node)
            {
                case Entry entry:
                    Add(entry.Index);
                    break;
                case IndexDelta delta:
                    Add(delta.I);
                    Add(delta.J);
                    break;
                case IndexedSum { From: IndexConstant a, To: IndexFromEnd b }:
                    Enumerable.Range(0, Math.Min(a.Value, MaxAnchors + 1)).ToList().ForEach(c => Add(new IndexConstant(c)));
                    Enumerable.Range(1, Math.Min(b.Offset - 1, MaxAnchors + 1)).ToList().ForEach(d => Add(new IndexFromEnd(b.Size, d)));
                    break;
                case IndexedSum { From: var from, To: var to } sum when from is not IndexVariable && to is not IndexVariable:
                    var (low, high) = (from, to) switch
                    {
                        (IndexConstant a, IndexConstant b) => (a.Value, b.Value),
                        (IndexFromEnd a, IndexFromEnd b) => (-a.Offset, -b.Offset),
                        _ => (0, -1),
                    };
                    for (var p = low; p <= high && anchors.Count <= MaxAnchors; p++)
                    {
                        Add(p >= 0 && from is IndexConstant ? new IndexConstant(p) : new IndexFromEnd(((IndexFromEnd)from).Size, -p));
                    }

                    break;
            }
        }

        return anchors;
    }

    /// <summary>The least n at which every fixed position exists and no two coincide (c &lt; n − d for every constant c and n − d).</summary>
    private static int Threshold(List<IndexTerm> anchors)
    {
        var constants = anchors.OfType<IndexConstant>().Select(c => c.Value).DefaultIfEmpty(-1).Max();
        var fromEnd = anchors.OfType<IndexFromEnd>().Select(f => f.Offset).DefaultIfEmpty(0).Max();
        return Math.Max(1, constants + fromEnd + 1);
    }

    private static string Label(IndexTerm anchor) => anchor switch
    {
        IndexFromEnd f => string.Create(CultureInfo.InvariantCulture, $"{f.Size}-{f.Offset}"),
        _ => anchor.ToString(),
    };
}
