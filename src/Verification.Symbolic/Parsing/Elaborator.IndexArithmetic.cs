using System.Collections.Immutable;
using System.Numerics;
using Fractions;

namespace Verification.Symbolic.Parsing;

// Index arithmetic: the integers of ranges, subscripts, indices and exponents, from literals and
// the index variables in scope, bounded so that no input builds a huge number or range.
internal sealed partial class Elaborator
{
    /// <summary>
    /// Calls <paramref name="action"/> once per assignment of the binders' variables, the first
    /// variable varying slowest; a range may use the variables bound before it.
    /// </summary>
    private void ForEachAssignment(ImmutableArray<Binder> binders, Scope? scope, bool allowEmpty, Action<Scope?> action)
    {
        foreach (var assignment in Assignments(binders, scope, allowEmpty))
        {
            action(assignment);
        }
    }

    /// <summary>Every assignment of the binders' variables, in order, produced one at a time (a family streams its instances from it).</summary>
    private IEnumerable<Scope?> Assignments(ImmutableArray<Binder> binders, Scope? scope, bool allowEmpty)
    {
        var variables = binders.SelectMany(b => b.Names.Select(name => (Binder: b, Name: name))).ToArray();
        return Assign(0, scope);

        IEnumerable<Scope?> Assign(int k, Scope? current)
        {
            if (k == variables.Length)
            {
                yield return current;
                yield break;
            }

            var (binder, name) = variables[k];
            if (Scope.TryGet(current, name.Text, out _))
            {
                throw new ParseException(name, $"index variable '{name.Text}' is already bound by an enclosing 'for' or 'sum'");
            }

            var from = Int(binder.From, current, binder.To is null ? $"the value of '{name.Text}'" : "the start of a range");
            var to = binder.To is null ? from : Int(binder.To, current, "the end of a range");
            CheckRangeLength(from, to, binder.From);
            if (to < from && !allowEmpty)
            {
                throw new ParseException(binder.From.First, $"the range {from}..{to} of '{name.Text}' is empty");
            }

            for (long value = from; value <= to; value++)
            {
                foreach (var assignment in Assign(k + 1, new Scope(name.Text, (int)value, current)))
                {
                    yield return assignment;
                }
            }
        }
    }

    private void CheckRangeLength(int from, int to, Syntax at)
    {
        if ((long)to - from + 1 > limits.MaxRangeLength)
        {
            throw new ParseException(at.First, $"the range {from}..{to} has more than {limits.MaxRangeLength} values");
        }
    }

    /// <summary>An integer from index arithmetic: literals, index variables, <c>+ - * / ^</c>.</summary>
    private int Int(Syntax syntax, Scope? scope, string role)
    {
        var value = IndexValue(syntax, scope, role);
        if (!value.Denominator.IsOne)
        {
            throw new ParseException(syntax.First, $"{role} must be an integer, not {Quote(syntax)}");
        }

        return value.Numerator < int.MinValue || value.Numerator > int.MaxValue
            ? throw new ParseException(syntax.First, $"{role} {Quote(syntax)} is too large")
            : (int)value.Numerator;
    }

    private Fraction IndexValue(Syntax syntax, Scope? scope, string role)
    {
        switch (syntax)
        {
            case NumberSyntax number:
                return Small(number.First.Value, syntax, role);
            case NameSyntax name when Scope.TryGet(scope, name.Name, out var value):
                return new Fraction(value);
            case NameSyntax name when general?.Describe(name.Name) is { } what:
                throw new ParseException(syntax.First, $"{role} must be a number, but '{name.Name}' is {what}, which has no value here");
            case NameSyntax name:
                throw new ParseException(syntax.First, $"{role} must be an integer, but '{name.Name}' is a symbol (only integer literals and the index variables of an enclosing 'for', 'sum' or 'prod' may appear there)");
            case UnarySyntax unary:
                var operand = IndexValue(unary.Operand, scope, role);
                return unary.First.Kind == TokenKind.Minus ? -operand : operand;
            case BinarySyntax binary:
                var left = IndexValue(binary.Left, scope, role);
                var right = IndexValue(binary.Right, scope, role);
                return Small(binary.Operator.Kind switch
                {
                    TokenKind.Plus => left + right,
                    TokenKind.Minus => left - right,
                    TokenKind.Star => left * right,
                    TokenKind.Slash => right.IsZero
                        ? throw new ParseException(binary.Operator, $"division by zero in {role}")
                        : left / right,
                    _ => IndexPower(left, right, binary, role),
                }, syntax, role);
            default:
                throw new ParseException(syntax.First, $"{role} must be an integer, not {Quote(syntax)}");
        }
    }

    private Fraction IndexPower(Fraction powerBase, Fraction exponent, BinarySyntax at, string role)
    {
        if (!exponent.Denominator.IsOne || BigInteger.Abs(exponent.Numerator) > limits.MaxIndexExponent)
        {
            throw new ParseException(at.Right.First, $"in {role}, the exponent {Quote(at.Right)} must be an integer in -{limits.MaxIndexExponent}..{limits.MaxIndexExponent}");
        }

        var n = (int)exponent.Numerator;
        if (powerBase.IsZero && n < 0)
        {
            throw new ParseException(at.Operator, $"division by zero in {role}");
        }

        var bits = Math.Max(powerBase.Numerator.GetBitLength(), powerBase.Denominator.GetBitLength());
        return bits > 1 && bits * Math.Abs(n) > limits.MaxIndexBits + 1
            ? throw new ParseException(at.First, $"{role} {Quote(at)} is too large")
            : Fraction.Pow(powerBase, n);
    }

    private Fraction Small(Fraction value, Syntax at, string role)
    {
        var normalized = new Fraction(value.Numerator, value.Denominator, normalize: true);
        return normalized.Numerator.GetBitLength() > limits.MaxIndexBits || normalized.Denominator.GetBitLength() > limits.MaxIndexBits
            ? throw new ParseException(at.First, $"{role} {Quote(at)} is too large")
            : normalized;
    }
}
