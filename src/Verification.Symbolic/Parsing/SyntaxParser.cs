using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Verification.Symbolic.Parsing;

/// <summary>
/// Recursive descent from tokens to the <see cref="Syntax"/> tree, reporting the first syntax
/// error with the position of the offending token. Precedence, loosest first: <c>+ -</c>, then
/// <c>* /</c> (both left-associative), then unary <c>-</c>, then <c>^</c> (right-associative), so
/// <c>-x^2</c> is −(x²) and <c>-a*b</c> is (−a)·b.
/// </summary>
internal sealed class SyntaxParser
{
    /// <summary>How deep parentheses, signs, exponents and calls may nest.</summary>
    public const int MaxNesting = 200;

    /// <summary>
    /// How tall a syntax tree may be (a long chain <c>a + b + …</c> is as tall as it is long): as
    /// tall as the tallest expression the parser builds, so that every claim it accepts prints to
    /// text it accepts.
    /// </summary>
    public const int MaxHeight = EngineLimits.DefaultMaxExpressionHeight;

    private readonly List<Token> tokens;
    private int position;
    private int nesting;

    private SyntaxParser(List<Token> tokens) => this.tokens = tokens;

    private Token Current => tokens[position];

    public static ClaimSyntax ParseClaim(List<Token> tokens)
    {
        var parser = new SyntaxParser(tokens);
        if (parser.Current.Kind == TokenKind.End)
        {
            throw new ParseException(parser.Current, "empty claim: expected 'Left == Right'");
        }

        var claim = parser.Claim();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected(claim is SolveSyntax ? "an operator, 'for all', 'where' or end of input" : "an operator, 'where' or end of input");
        }

        return claim;
    }

    public static Syntax ParseExpression(List<Token> tokens)
    {
        var parser = new SyntaxParser(tokens);
        var expression = parser.Expression();
        if (parser.Current.Kind == TokenKind.EqualEqual)
        {
            throw new ParseException(parser.Current, "unexpected '==': an expression has no '==' (parse it as a claim instead)");
        }

        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected("an operator or end of input");
        }

        return expression;
    }

    private Token Peek(int ahead) => tokens[Math.Min(position + ahead, tokens.Count - 1)];

    private Token Advance()
    {
        var token = tokens[position];
        if (token.Kind != TokenKind.End)
        {
            position++;
        }

        return token;
    }

    private int PreviousEnd => position > 0 ? tokens[position - 1].End : 0;

    private bool Accept(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string what) =>
        Current.Kind == kind ? Advance() : throw Unexpected(what);

    private Token ExpectClose(TokenKind kind, Token open, string what) =>
        Current.Kind == kind ? Advance() : throw Unexpected($"{what} to close the '{open.Text}' at {open.Line}:{open.Column}");

    /// <summary>The error for the current token when <paramref name="expected"/> was expected.</summary>
    private ParseException Unexpected(string expected)
    {
        var token = Current;
        return token.Kind switch
        {
            TokenKind.Invalid => new ParseException(token, token.Error ?? $"unexpected '{token.Text}'"),
            TokenKind.EqualEqual when expected.Contains("end of input", StringComparison.Ordinal) =>
                new ParseException(token, "a claim has exactly one '==': this is a second one"),
            TokenKind.RightParen when !expected.Contains("')'", StringComparison.Ordinal) =>
                new ParseException(token, $"unmatched ')': expected {expected}"),
            TokenKind.RightBracket when !expected.Contains("']'", StringComparison.Ordinal) =>
                new ParseException(token, $"unmatched ']': expected {expected}"),
            _ => new ParseException(token, $"expected {expected}, found {token.Describe()}"),
        };
    }

    private void Enter()
    {
        if (++nesting > MaxNesting)
        {
            throw new ParseException(Current, $"nested too deeply: more than {MaxNesting} levels of parentheses, signs or calls");
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private void Leave() => nesting--;

    private static T Bounded<T>(T syntax, Token at)
        where T : Syntax =>
        syntax.Height > MaxHeight
            ? throw new ParseException(at, $"expression too long: more than {MaxHeight} operations in one chain (split the claim, or use sum(...))")
            : syntax;

    // ---- claims -------------------------------------------------------------------------------

    private ClaimSyntax Claim()
    {
        Enter();
        try
        {
            if (Current.IsIdentifier("for"))
            {
                var forToken = Advance();
                if (Current.IsIdentifier("all"))
                {
                    return General(forToken);
                }

                var binders = Binders("for i in a..b:");
                Expect(TokenKind.Colon, "':' after the index ranges of 'for'");
                var body = Claim();
                return body is SolveSyntax solve
                    ? throw new ParseException(solve.First, "a 'for' family holds identities 'L == R': 'solve' cannot be inside 'for'")
                    : new FamilySyntax(forToken, binders, body);
            }

            if (Current.IsIdentifier("solve"))
            {
                var solveToken = Advance();
                var unknowns = SymbolList("as an unknown of 'solve'", allowEmpty: false);
                Expect(TokenKind.Colon, "',' or ':' after the unknowns of 'solve'");
                var equation = Equation(isSolve: true, out var forAll);
                return new SolveSyntax(solveToken, unknowns, equation, forAll);
            }

            return Equation(isSolve: false, out _);
        }
        finally
        {
            Leave();
        }
    }

    /// <summary><c>for all n &gt;= 1, i, j in 0..n-1: L == R [where H == K, ...]</c>, after <c>for</c>.</summary>
    private GeneralSyntax General(Token forToken)
    {
        const string usage = "for all n >= 1, i in 0..n-1: L == R";
        var all = Advance();
        if (Current.Kind != TokenKind.Identifier || Peek(1).Kind != TokenKind.GreaterEqual)
        {
            throw new ParseException(all, $"'for all' starts a claim about every length n, as in '{usage}', or ends a solve claim ('solve u: L == R for all x'); an index family is written 'for i in 0..3: L == R'");
        }

        var size = Advance();
        if (Vocabulary.IsReserved(size.Text))
        {
            throw new ParseException(size, $"'{size.Text}' is reserved and cannot name the length (as in '{usage}')");
        }

        Advance();
        var minimum = Expression();
        var binders = Accept(TokenKind.Comma) ? Binders(usage) : [];
        Expect(TokenKind.Colon, $"':' after the length and the index ranges, as in '{usage}'");
        if (Current.IsIdentifier("for") || Current.IsIdentifier("solve"))
        {
            throw new ParseException(Current, "a 'for all n' claim holds one identity 'L == R': list every index variable after 'for all n >= 1,'");
        }

        var body = Equation(isSolve: false, out _, isGeneral: true);
        return new GeneralSyntax(forToken, size, minimum, binders, body);
    }

    private EquationSyntax Equation(bool isSolve, out ImmutableArray<Syntax> forAll, bool isGeneral = false)
    {
        var left = Expression();
        if (Current.Kind != TokenKind.EqualEqual)
        {
            throw Current.Kind switch
            {
                TokenKind.Equal => new ParseException(Current, "expected '==', found '=': a claim is written 'Left == Right'"),
                TokenKind.End => new ParseException(Current, "expected '==': a claim is written 'Left == Right'"),
                _ => Unexpected("an operator or '=='"),
            };
        }

        var equals = Advance();
        var right = Expression();
        forAll = default;
        var where = ImmutableArray<WhereSyntax>.Empty;
        while (true)
        {
            if (Current.IsIdentifier("where"))
            {
                if (!where.IsEmpty)
                {
                    throw new ParseException(Current, "a second 'where': separate several substitutions with commas, 'where a = 1, b = 2'");
                }

                Advance();
                if (isGeneral)
                {
                    return new EquationSyntax(left, equals, right, []) { Hypotheses = HypothesisList() };
                }

                where = WhereList();
            }
            else if (Current.IsIdentifier("for") && Peek(1).IsIdentifier("all"))
            {
                if (!isSolve)
                {
                    throw new ParseException(Current, "'for all' belongs to a solve claim; in an identity every symbol is already universally quantified");
                }

                if (!forAll.IsDefault)
                {
                    throw new ParseException(Current, "a second 'for all': list every variable in one, separated by commas");
                }

                Advance();
                Advance();
                forAll = SymbolList("after 'for all'", allowEmpty: true);
            }
            else
            {
                return new EquationSyntax(left, equals, right, where);
            }
        }
    }

    private ImmutableArray<HypothesisSyntax> HypothesisList()
    {
        var list = ImmutableArray.CreateBuilder<HypothesisSyntax>();
        do
        {
            var left = Expression();
            if (Current.Kind != TokenKind.EqualEqual)
            {
                throw Current.Kind == TokenKind.Equal
                    ? new ParseException(Current, "in a 'for all n' claim, 'where' states hypotheses with '==', as in 'where sum(k in 0..n-1: y[k]) == 1'")
                    : Unexpected("'==' in the hypothesis 'where L == R'");
            }

            Advance();
            list.Add(new HypothesisSyntax(left, Expression()));
        }
        while (Accept(TokenKind.Comma));

        return list.ToImmutable();
    }

    private ImmutableArray<WhereSyntax> WhereList()
    {
        var list = ImmutableArray.CreateBuilder<WhereSyntax>();
        do
        {
            var target = SymbolReference("to substitute after 'where'");
            Expect(TokenKind.Equal, "'=' after the symbol to substitute, as in 'where y2 = 1 - y0 - y1'");
            list.Add(new WhereSyntax(target, Expression()));
        }
        while (Accept(TokenKind.Comma));

        return list.ToImmutable();
    }

    /// <summary><c>x, y, z[0..3]</c>, or <c>()</c> for none when <paramref name="allowEmpty"/>.</summary>
    private ImmutableArray<Syntax> SymbolList(string context, bool allowEmpty)
    {
        if (allowEmpty && Current.Kind == TokenKind.LeftParen && Peek(1).Kind == TokenKind.RightParen)
        {
            Advance();
            Advance();
            return [];
        }

        var list = ImmutableArray.CreateBuilder<Syntax>();
        do
        {
            list.Add(SymbolReference(context));
        }
        while (Accept(TokenKind.Comma));

        return list.ToImmutable();
    }

    private Syntax SymbolReference(string context)
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            throw Unexpected($"a symbol {context}");
        }

        if (Vocabulary.IsReserved(token.Text))
        {
            throw new ParseException(token, $"expected a symbol {context}, found '{token.Text}', which is reserved");
        }

        Advance();
        return Current.Kind == TokenKind.LeftBracket ? Subscripts(token) : new NameSyntax(token);
    }

    /// <summary><c>i, j in a..b, k = c</c>: index variables over inclusive ranges or fixed to a value.</summary>
    private ImmutableArray<Binder> Binders(string usage)
    {
        var binders = ImmutableArray.CreateBuilder<Binder>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var names = ImmutableArray.CreateBuilder<Token>();
            do
            {
                var name = Current;
                if (name.Kind != TokenKind.Identifier)
                {
                    throw Unexpected($"an index variable, as in '{usage}'");
                }

                if (Vocabulary.IsReserved(name.Text))
                {
                    throw new ParseException(name, $"'{name.Text}' is reserved and cannot name an index variable (as in '{usage}')");
                }

                if (!seen.Add(name.Text))
                {
                    throw new ParseException(name, $"index variable '{name.Text}' is bound twice");
                }

                names.Add(Advance());
            }
            while (Accept(TokenKind.Comma));

            if (Current.IsIdentifier("in"))
            {
                Advance();
                var from = Expression();
                Expect(TokenKind.DotDot, "'..' in the range 'a..b'");
                binders.Add(new Binder(names.ToImmutable(), from, Expression()));
            }
            else if (Accept(TokenKind.Equal))
            {
                binders.Add(new Binder(names.ToImmutable(), Expression(), null));
            }
            else
            {
                throw Unexpected($"',', 'in' or '=' after the index variable, as in '{usage}'");
            }
        }
        while (Accept(TokenKind.Comma));

        return binders.ToImmutable();
    }

    // ---- expressions --------------------------------------------------------------------------

    private Syntax Expression() => LeftAssociative(Term, TokenKind.Plus, TokenKind.Minus);

    private Syntax Term() => LeftAssociative(Unary, TokenKind.Star, TokenKind.Slash);

    /// <summary>
    /// One level of left-associative operators: <paramref name="operand"/>s joined by <paramref name="first"/>
    /// or <paramref name="second"/>, grouped from the left (<c>a - b - c</c> is <c>(a - b) - c</c>).
    /// </summary>
    private Syntax LeftAssociative(Func<Syntax> operand, TokenKind first, TokenKind second)
    {
        var left = operand();
        while (Current.Kind == first || Current.Kind == second)
        {
            var op = Advance();
            left = Bounded(new BinarySyntax(op, left, operand()), op);
        }

        return left;
    }

    private Syntax Unary()
    {
        Enter();
        try
        {
            if (Current.Kind is TokenKind.Minus or TokenKind.Plus)
            {
                var sign = Advance();
                var operand = Unary();
                return new UnarySyntax(sign, operand.End, operand);
            }

            return Power();
        }
        finally
        {
            Leave();
        }
    }

    private Syntax Power()
    {
        var baseSyntax = Primary();
        if (Current.Kind != TokenKind.Caret)
        {
            return baseSyntax;
        }

        // What follows ^ is a signed power, read as a unary operand is, so x^-2 and x^2^3 (= x^8) read naturally.
        var op = Advance();
        return Bounded(new BinarySyntax(op, baseSyntax, Unary()), op);
    }

    private Syntax Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return new NumberSyntax(token);
            case TokenKind.Identifier:
                return Name();
            case TokenKind.LeftParen:
                {
                    var open = Advance();
                    var inner = Expression();
                    ExpectClose(TokenKind.RightParen, open, "')'");
                    return inner;
                }

            case TokenKind.LeftBracket:
                return Vector();
            case TokenKind.RightParen:
                throw new ParseException(token, "expected an expression, found ')'");
            default:
                throw Unexpected("an expression");
        }
    }

    private Syntax Name()
    {
        var token = Current;
        var name = token.Text;
        if (Vocabulary.Keywords.Contains(name))
        {
            throw new ParseException(token, $"expected an expression, found the keyword '{name}'");
        }

        var isFunction = Vocabulary.Functions.ContainsKey(name);
        if (Peek(1).Kind == TokenKind.LeftParen)
        {
            return isFunction
                ? Call()
                : throw new ParseException(token, $"unknown function '{name}' (the functions are {Vocabulary.KnownFunctions})");
        }

        if (isFunction)
        {
            throw new ParseException(token, $"'{name}' is a function: expected '(' after it, as in {Vocabulary.Functions[name].Usage}");
        }

        Advance();
        return Current.Kind == TokenKind.LeftBracket ? Subscripts(token) : new NameSyntax(token);
    }

    private SubscriptSyntax Subscripts(Token name)
    {
        var items = ImmutableArray.CreateBuilder<SubscriptItem>();
        var height = 1;
        while (Current.Kind == TokenKind.LeftBracket)
        {
            var open = Advance();
            do
            {
                var from = Expression();
                var to = Accept(TokenKind.DotDot) ? Expression() : null;
                height = Math.Max(height, Math.Max(from.Height, to?.Height ?? 0) + 1);
                items.Add(new SubscriptItem(from, to));
            }
            while (Accept(TokenKind.Comma));

            ExpectClose(TokenKind.RightBracket, open, $"',' or ']'");
        }

        return new SubscriptSyntax(name, PreviousEnd, height, items.ToImmutable());
    }

    private VectorSyntax Vector()
    {
        var open = Advance();
        var elements = ImmutableArray.CreateBuilder<Syntax>();
        if (Current.Kind != TokenKind.RightBracket)
        {
            do
            {
                elements.Add(Expression());
            }
            while (Accept(TokenKind.Comma));
        }

        ExpectClose(TokenKind.RightBracket, open, "',' or ']'");
        var height = elements.Count == 0 ? 1 : elements.Max(e => e.Height) + 1;
        return new VectorSyntax(open, PreviousEnd, height, elements.ToImmutable());
    }

    private Syntax Call()
    {
        var name = Advance();
        var open = Advance();
        var (minimum, arity, usage) = (Vocabulary.Functions[name.Text].MinimumArity, Vocabulary.Functions[name.Text].Arity, Vocabulary.Functions[name.Text].Usage);
        if (name.Text is "sum" or "prod")
        {
            var binders = Binders($"{name.Text}(k in a..b: e)");
            Expect(TokenKind.Colon, $"':' after the range of '{name.Text}', as in {usage}");
            var body = Expression();
            ExpectClose(TokenKind.RightParen, open, "')'");
            return new BigOperatorSyntax(name, PreviousEnd, binders, body);
        }

        var arguments = ImmutableArray.CreateBuilder<Syntax>();
        var named = ImmutableArray.CreateBuilder<NamedArgumentSyntax>();
        if (Current.Kind != TokenKind.RightParen)
        {
            do
            {
                if (Current.Kind == TokenKind.Identifier && Peek(1).Kind == TokenKind.Colon)
                {
                    var parameter = Advance();
                    Advance();
                    named.Add(new NamedArgumentSyntax(parameter, Expression()));
                }
                else if (named.Count > 0)
                {
                    throw new ParseException(Current, $"a positional argument cannot follow the named argument '{named[^1].Name.Text}:' in {name.Text}(…), as in {usage}");
                }
                else
                {
                    arguments.Add(Expression());
                }
            }
            while (Accept(TokenKind.Comma));
        }

        var close = ExpectClose(TokenKind.RightParen, open, "',' or ')'");
        if (arguments.Count > arity || arguments.Count < minimum)
        {
            var plural = minimum == arity ? (arity == 1 ? "1 argument" : $"{arity} arguments") : $"{minimum} or {arity} arguments";
            var given = arguments.Count == 1 ? "1 was given" : $"{arguments.Count} were given";
            throw new ParseException(arguments.Count > arity ? arguments[arity].First : close, $"{name.Text} takes {plural}, as in {usage}, but {given}");
        }

        var height = arguments.Select(static a => a.Height).Concat(named.Select(static n => n.Value.Height)).DefaultIfEmpty(0).Max() + 1;
        return new CallSyntax(name, PreviousEnd, height, arguments.ToImmutable(), named.ToImmutable());
    }
}
