using System.Collections.Immutable;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.EveryN;

/// <summary>One position a case names: a class of equal index variables, or a fixed position (an anchor such as 0 or n − 1).</summary>
/// <param name="Label">How it is written in symbol names and case descriptions: <c>i</c>, <c>0</c>, <c>n-1</c>.</param>
/// <param name="Term">The index term that denotes it (the class's first variable, or the anchor itself).</param>
internal sealed record NamedIndex(string Label, IndexTerm Term);

/// <summary>
/// One equality pattern of the free index variables: which of them are equal to each other or to
/// an anchor (a fixed position the claim mentions). Within a case the named positions are pairwise
/// distinct, so the entries there are independent symbols.
/// </summary>
internal sealed record IndexCase(ImmutableArray<NamedIndex> Named, ImmutableDictionary<string, NamedIndex> Variables, ImmutableDictionary<IndexTerm, NamedIndex> Anchors)
{
    /// <summary>The case as a reader would say it: <c>i = j</c>, <c>i ≠ j</c>, <c>i = 0</c>, or <c>every i</c>.</summary>
    public string Description
    {
        get
        {
            var parts = new List<string>();
            var variables = Variables.Keys.ToList();
            foreach (var (name, named) in Variables.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                if (named.Term is not IndexVariable representative || representative.Name != name)
                {
                    parts.Add($"{named.Label} = {name}");
                }
            }

            var classes = Named.Where(n => n.Term is IndexVariable).Select(n => n.Label).ToList();
            if (classes.Count > 1)
            {
                parts.Add(string.Join(" ≠ ", classes));
            }

            var anchored = Anchors.Count > 0 && classes.Count > 0
                ? $"{string.Join(", ", classes)} ∉ {{{string.Join(", ", Anchors.Values.Select(a => a.Label))}}}"
                : null;
            if (anchored is not null)
            {
                parts.Add(anchored);
            }

            return parts.Count == 0 ? variables.Count == 0 ? "every n" : $"every {string.Join(", ", variables)}" : string.Join(", ", parts);
        }
    }

    /// <summary>
    /// Every equality pattern of <paramref name="variables"/> among themselves and with
    /// <paramref name="anchors"/> (which are distinct from each other): each variable joins an anchor,
    /// an earlier variable's class, or starts a class of its own.
    /// </summary>
    public static IEnumerable<IndexCase> All(IReadOnlyList<string> variables, IReadOnlyList<NamedIndex> anchors)
    {
        var anchorMap = anchors.ToImmutableDictionary(a => a.Term, a => a);
        return Assign(0, [.. anchors], ImmutableDictionary<string, NamedIndex>.Empty.WithComparers(StringComparer.Ordinal));

        IEnumerable<IndexCase> Assign(int k, ImmutableArray<NamedIndex> named, ImmutableDictionary<string, NamedIndex> assigned)
        {
            if (k == variables.Count)
            {
                yield return new IndexCase(named, assigned, anchorMap);
                yield break;
            }

            foreach (var existing in named)
            {
                foreach (var c in Assign(k + 1, named, assigned.Add(variables[k], existing)))
                {
                    yield return c;
                }
            }

            var own = new NamedIndex(variables[k], new IndexVariable(variables[k]));
            foreach (var c in Assign(k + 1, named.Add(own), assigned.Add(variables[k], own)))
            {
                yield return c;
            }
        }
    }

    /// <summary>The symbol for the entry of <paramref name="vector"/> at a named position: <c>z_i</c>, <c>z_0</c>.</summary>
    public static Symbol EntrySymbol(string vector, NamedIndex named) => new($"{vector}_{named.Label}");
}
