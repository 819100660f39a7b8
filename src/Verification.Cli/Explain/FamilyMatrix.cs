using System.Collections.Immutable;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;

namespace Verification.Cli.Explain;

/// <summary>
/// A family over two indices shown as the matrix it proves: entry (r, c) is the result of the left
/// side of the instance with those index values (a Jacobian for <c>for i, j in 0..n−1: diff(softmax(z, i), z[j]) == …</c>).
/// </summary>
/// <param name="Row">The index naming the rows.</param>
/// <param name="Column">The index naming the columns.</param>
/// <param name="Entries">The results row by row.</param>
internal sealed record FamilyMatrix(string Row, string Column, ImmutableArray<ImmutableArray<Expr>> Entries)
{
    /// <summary>The matrix, or null unless the family has exactly two indices over a full grid.</summary>
    public static FamilyMatrix? Of(FamilyExplained family)
    {
        var first = family.Instances[0].Instance.Indices;
        if (first.Count != 2)
        {
            return null;
        }

        var (row, column) = (first.Keys.First(), first.Keys.Last());
        var rows = family.Instances.Select(i => i.Instance.Indices[row]).Distinct().Order().ToList();
        var columns = family.Instances.Select(i => i.Instance.Indices[column]).Distinct().Order().ToList();
        if (rows.Count * columns.Count != family.Instances.Length)
        {
            return null;
        }

        var byPosition = family.Instances.ToDictionary(i => (i.Instance.Indices[row], i.Instance.Indices[column]), i => i.Explained.Left.Result);
        return new FamilyMatrix(row, column, [.. rows.Select(r => columns.Select(c => byPosition[(r, c)]).ToImmutableArray())]);
    }
}
