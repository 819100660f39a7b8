using Fractions;
using Verification.Symbolic.Canonical;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// Writes an exponent p as an integer combination Σ n_b·u_b of the output arguments u_b (the σ
/// arguments and the softmax logits), so that e^p = Π (e^(u_b))^(n_b) can be replaced by outputs.
/// </summary>
/// <remarks>
/// Exact Gauss–Jordan elimination over ℚ on the coefficient vectors of the polynomials (one
/// equation per monomial). When the arguments are dependent any solution serves: the form built
/// from it is decided against the original expression afterwards, so a choice here is never trusted.
/// </remarks>
internal sealed class ExponentDecomposition(IReadOnlyList<Polynomial> basis)
{
    private readonly Dictionary<Polynomial, int[]?> solved = [];

    /// <summary>The integer multipliers n_b, or null when p is not an integer combination of the basis.</summary>
    public int[]? Solve(Polynomial exponent)
    {
        if (!solved.TryGetValue(exponent, out var solution))
        {
            solution = Compute(exponent);
            solved[exponent] = solution;
        }

        return solution;
    }

    private int[]? Compute(Polynomial exponent)
    {
        var columns = basis.Count;
        var monomials = basis.SelectMany(static b => b.Terms).Concat(exponent.Terms).Select(static t => t.Monomial).Distinct().ToList();
        var rows = monomials.Select(m =>
        {
            var row = new Fraction[columns + 1];
            for (var b = 0; b < columns; b++)
            {
                row[b] = CoefficientOf(basis[b], m);
            }

            row[columns] = CoefficientOf(exponent, m);
            return row;
        }).ToList();

        var pivotColumns = new List<int>();
        var rank = 0;
        for (var column = 0; column < columns && rank < rows.Count; column++)
        {
            var pivot = rows.FindIndex(rank, r => !r[column].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            var lead = rows[rank][column];
            for (var c = 0; c <= columns; c++)
            {
                rows[rank][c] /= lead;
            }

            for (var r = 0; r < rows.Count; r++)
            {
                if (r != rank && !rows[r][column].IsZero)
                {
                    var factor = rows[r][column];
                    for (var c = 0; c <= columns; c++)
                    {
                        rows[r][c] -= factor * rows[rank][c];
                    }
                }
            }

            pivotColumns.Add(column);
            rank++;
        }

        // A row 0 = c ≠ 0 left over: p is not in the span of the arguments.
        if (rows.Skip(rank).Any(r => !r[columns].IsZero))
        {
            return null;
        }

        var result = new int[columns];
        for (var k = 0; k < pivotColumns.Count; k++)
        {
            var value = rows[k][columns];
            if (value.Denominator != 1 || value.Numerator > int.MaxValue || value.Numerator < int.MinValue)
            {
                return null;
            }

            result[pivotColumns[k]] = (int)value.Numerator;
        }

        return result;
    }

    private static Fraction CoefficientOf(Polynomial polynomial, Monomial monomial)
    {
        foreach (var term in polynomial.Terms)
        {
            if (term.Monomial.Equals(monomial))
            {
                return term.Coefficient;
            }
        }

        return Fraction.Zero;
    }
}
