using Fractions;
using Verification.Symbolic.Canonical;

namespace Verification.Symbolic.Equivalence;

/// <summary>
/// A system of equations Σⱼ aᵢⱼ·uⱼ = bᵢ with rational aᵢⱼ over the unknowns u and right-hand sides bᵢ
/// that are polynomials in the given parameters, solved exactly by Gauss–Jordan elimination.
/// </summary>
internal sealed class LinearSystem
{
    private readonly IReadOnlyList<string> unknowns;
    private readonly List<(Fraction[] Coefficients, Polynomial RightHandSide)> rows = [];

    public LinearSystem(IReadOnlyList<string> unknowns) => this.unknowns = unknowns;

    /// <summary>
    /// Adds the equation polynomial = 0. Returns false when the polynomial is not linear in the
    /// unknowns with rational coefficients (for example w·v or w²), which this solver does not settle.
    /// </summary>
    public bool TryAddEquation(Polynomial equation)
    {
        var coefficients = new Fraction[unknowns.Count];
        Array.Fill(coefficients, Fraction.Zero);
        var rest = new List<PolynomialTerm>();
        foreach (var term in equation.Terms)
        {
            var unknownAtoms = term.Monomial.Factors.Where(f => Index(f.Atom) >= 0).ToList();
            if (unknownAtoms.Count == 0)
            {
                rest.Add(term);
                continue;
            }

            if (term.Monomial.Factors.Length != 1 || unknownAtoms[0].Power != 1)
            {
                return false;
            }

            coefficients[Index(unknownAtoms[0].Atom)] += term.Coefficient;
        }

        rows.Add((coefficients, Polynomial.FromTerms(rest).Negate()));
        return true;
    }

    /// <summary>Solves; null when the system is inconsistent for every value of the parameters.</summary>
    public LinearSolution? Solve()
    {
        var matrix = rows.Select(r => ((Fraction[])r.Coefficients.Clone(), r.RightHandSide)).ToList();
        var pivots = new List<(int Row, int Column)>();
        var pivotRow = 0;
        for (var column = 0; column < unknowns.Count && pivotRow < matrix.Count; column++)
        {
            var found = Enumerable.Range(pivotRow, matrix.Count - pivotRow).FirstOrDefault(r => !matrix[r].Item1[column].IsZero, -1);
            if (found < 0)
            {
                continue;
            }

            (matrix[pivotRow], matrix[found]) = (matrix[found], matrix[pivotRow]);
            var pivot = matrix[pivotRow].Item1[column];
            var normalized = (matrix[pivotRow].Item1.Select(a => a / pivot).ToArray(), matrix[pivotRow].Item2.Scale(Fraction.One / pivot));
            matrix[pivotRow] = normalized;
            for (var r = 0; r < matrix.Count; r++)
            {
                var factor = matrix[r].Item1[column];
                if (r == pivotRow || factor.IsZero)
                {
                    continue;
                }

                var reduced = matrix[r].Item1.Select((a, k) => a - (factor * normalized.Item1[k])).ToArray();
                matrix[r] = (reduced, matrix[r].Item2.Subtract(normalized.Item2.Scale(factor)));
            }

            pivots.Add((pivotRow, column));
            pivotRow++;
        }

        // Rows without a pivot read 0 = b: impossible when b is a non-zero constant, a condition on
        // the parameters when b mentions them.
        var conditions = new List<Polynomial>();
        for (var r = pivotRow; r < matrix.Count; r++)
        {
            var rightHandSide = matrix[r].Item2;
            if (rightHandSide.IsZero)
            {
                continue;
            }

            if (rightHandSide.IsConstant)
            {
                return null;
            }

            conditions.Add(rightHandSide);
        }

        var pivotColumns = pivots.Select(p => p.Column).ToHashSet();
        var free = Enumerable.Range(0, unknowns.Count).Where(c => !pivotColumns.Contains(c)).ToList();
        var assignments = new List<(string Unknown, Polynomial Value)>();
        foreach (var (row, column) in pivots)
        {
            // u_pivot = b − Σ_free a·u_free.
            var value = matrix[row].Item2;
            foreach (var freeColumn in free)
            {
                var coefficient = matrix[row].Item1[freeColumn];
                if (!coefficient.IsZero)
                {
                    value = value.Subtract(Polynomial.Atom(unknowns[freeColumn]).Scale(coefficient));
                }
            }

            assignments.Add((unknowns[column], value));
        }

        return new LinearSolution(assignments, [.. free.Select(c => unknowns[c])], conditions);
    }

    private int Index(string atom)
    {
        for (var k = 0; k < unknowns.Count; k++)
        {
            if (string.Equals(unknowns[k], atom, StringComparison.Ordinal))
            {
                return k;
            }
        }

        return -1;
    }
}

/// <summary>The general solution of a <see cref="LinearSystem"/>.</summary>
internal sealed record LinearSolution(
    IReadOnlyList<(string Unknown, Polynomial Value)> Assignments,
    IReadOnlyList<string> Free,
    IReadOnlyList<Polynomial> Conditions)
{
    /// <summary>A text that is equal for equal solutions (used to drop duplicate families).</summary>
    public string Key =>
        string.Join("; ", Assignments.OrderBy(a => a.Unknown, StringComparer.Ordinal).Select(a => $"{a.Unknown}={a.Value}"))
        + " | " + string.Join("; ", Conditions.Select(c => c.ToString()).Order(StringComparer.Ordinal));
}
