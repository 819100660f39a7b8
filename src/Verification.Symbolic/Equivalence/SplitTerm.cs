using Fractions;
using Verification.Symbolic.Canonical;

namespace Verification.Symbolic.Equivalence;

/// <summary>
/// A term c·m·e^P of a difference, split by the quantified variables x: m = m_x·m_θ and
/// P = X + K, where X collects the exponent terms that mention x and K the rest.
/// </summary>
internal sealed record SplitTerm(
    Fraction Coefficient,
    Monomial VariableMonomial,
    Monomial ParameterMonomial,
    Polynomial VariableExponent,
    Polynomial ParameterExponent)
{
    public static SplitTerm Of(ExpTerm term, HashSet<string> variables)
    {
        var (variable, parameter) = SplitMonomial(term.Monomial, variables);
        var mentionsVariable = term.Exponent.Terms.ToLookup(t => t.Monomial.Factors.Any(f => variables.Contains(f.Atom)));
        return new SplitTerm(
            term.Coefficient,
            variable,
            parameter,
            Polynomial.FromTerms(mentionsVariable[true]),
            Polynomial.FromTerms(mentionsVariable[false]));
    }

    public static (Monomial Variable, Monomial Parameter) SplitMonomial(Monomial monomial, HashSet<string> variables)
    {
        var variable = Monomial.One;
        var parameter = Monomial.One;
        foreach (var factor in monomial.Factors)
        {
            var single = Monomial.Of(factor.Atom, factor.Power);
            if (variables.Contains(factor.Atom))
            {
                variable = variable.Multiply(single);
            }
            else
            {
                parameter = parameter.Multiply(single);
            }
        }

        return (variable, parameter);
    }
}
