using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoCheck.Checking
{
    /// <summary>The statement- and expression-level rules of the portability scan.</summary>
    public sealed partial class PortabilityScanner
    {
        public override void VisitGenericName(GenericNameSyntax node)
        {
            Report(PortabilityRules.GenericUse, node, node.ToString());
            base.VisitGenericName(node);
        }

        public override void VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            // A generic method called with inferred type arguments has no GenericNameSyntax.
            if (model.GetSymbolInfo(node).Symbol is IMethodSymbol { IsGenericMethod: true } method && !(LastName(node.Expression) is GenericNameSyntax))
            {
                Report(PortabilityRules.GenericUse, node.Expression, method.Name + "<...>");
            }

            base.VisitInvocationExpression(node);
        }

        public override void VisitYieldStatement(YieldStatementSyntax node)
        {
            Report(PortabilityRules.Iterator, node, "yield " + node.ReturnOrBreakKeyword.Text);
            base.VisitYieldStatement(node);
        }

        public override void VisitAwaitExpression(AwaitExpressionSyntax node)
        {
            Report(PortabilityRules.Async, node.AwaitKeyword, "await");
            base.VisitAwaitExpression(node);
        }

        public override void VisitForEachStatement(ForEachStatementSyntax node)
        {
            ReportAwaitKeyword(node.AwaitKeyword);
            base.VisitForEachStatement(node);
        }

        public override void VisitUsingStatement(UsingStatementSyntax node)
        {
            ReportAwaitKeyword(node.AwaitKeyword);
            base.VisitUsingStatement(node);
        }

        public override void VisitLocalDeclarationStatement(LocalDeclarationStatementSyntax node)
        {
            ReportAwaitKeyword(node.AwaitKeyword);
            base.VisitLocalDeclarationStatement(node);
        }

        public override void VisitStackAllocArrayCreationExpression(StackAllocArrayCreationExpressionSyntax node)
        {
            Report(PortabilityRules.StackAlloc, node.StackAllocKeyword, "stackalloc");
            base.VisitStackAllocArrayCreationExpression(node);
        }

        public override void VisitImplicitStackAllocArrayCreationExpression(ImplicitStackAllocArrayCreationExpressionSyntax node)
        {
            Report(PortabilityRules.StackAlloc, node.StackAllocKeyword, "stackalloc");
            base.VisitImplicitStackAllocArrayCreationExpression(node);
        }

        public override void VisitQueryExpression(QueryExpressionSyntax node)
        {
            Report(PortabilityRules.Query, node, "from ...");
            base.VisitQueryExpression(node);
        }

        public override void VisitIdentifierName(IdentifierNameSyntax node)
        {
            if (node.Identifier.Text == "dynamic" && model.GetTypeInfo(node).Type is { TypeKind: TypeKind.Dynamic })
            {
                Report(PortabilityRules.Dynamic, node, "dynamic");
            }

            base.VisitIdentifierName(node);
        }

        public override void VisitTupleType(TupleTypeSyntax node)
        {
            Report(PortabilityRules.Tuple, node, node.ToString());
            base.VisitTupleType(node);
        }

        public override void VisitTupleExpression(TupleExpressionSyntax node)
        {
            // (a, b) = x and (a, b) = (b, a) deconstruct without System.ValueTuple; where the compiler does need it,
            // the compile against the stubs fails (CS8179).
            bool isDeconstruction = node.Parent is AssignmentExpressionSyntax assignment && assignment.Left is TupleExpressionSyntax;
            if (!isDeconstruction)
            {
                Report(PortabilityRules.Tuple, node, node.ToString());
            }

            base.VisitTupleExpression(node);
        }

        public override void VisitNullableType(NullableTypeSyntax node)
        {
            if (model.GetTypeInfo(node.ElementType).Type is { IsValueType: true })
            {
                Report(PortabilityRules.NullableValueType, node, node.ToString());
            }

            base.VisitNullableType(node);
        }

        public override void VisitPrefixUnaryExpression(PrefixUnaryExpressionSyntax node)
        {
            if (node.IsKind(SyntaxKind.IndexExpression))
            {
                Report(PortabilityRules.IndexRange, node, node.ToString());
            }

            base.VisitPrefixUnaryExpression(node);
        }

        public override void VisitRangeExpression(RangeExpressionSyntax node)
        {
            Report(PortabilityRules.IndexRange, node, node.ToString());
            base.VisitRangeExpression(node);
        }

        public override void VisitListPattern(ListPatternSyntax node)
        {
            Report(PortabilityRules.IndexRange, node, "list pattern");
            base.VisitListPattern(node);
        }

        public override void VisitSpreadElement(SpreadElementSyntax node)
        {
            Report(PortabilityRules.IndexRange, node, "spread element ..");
            base.VisitSpreadElement(node);
        }

        public override void VisitPredefinedType(PredefinedTypeSyntax node)
        {
            if (node.Keyword.IsKind(SyntaxKind.DecimalKeyword))
            {
                Report(PortabilityRules.DecimalType, node, "decimal");
            }

            base.VisitPredefinedType(node);
        }

        public override void VisitLiteralExpression(LiteralExpressionSyntax node)
        {
            if (node.Token.Value is decimal)
            {
                Report(PortabilityRules.DecimalType, node, node.Token.Text);
            }
            else if (node.IsKind(SyntaxKind.Utf8StringLiteralExpression))
            {
                Report(PortabilityRules.Utf8Literal, node, node.Token.Text);
            }
            else if (node.IsKind(SyntaxKind.ArgListExpression))
            {
                Report(PortabilityRules.Undocumented, node, "__arglist");
            }

            base.VisitLiteralExpression(node);
        }

        public override void VisitUnsafeStatement(UnsafeStatementSyntax node)
        {
            Report(PortabilityRules.Unsafe, node.UnsafeKeyword, "unsafe");
            base.VisitUnsafeStatement(node);
        }

        public override void VisitFixedStatement(FixedStatementSyntax node)
        {
            Report(PortabilityRules.Unsafe, node.FixedKeyword, "fixed");
            base.VisitFixedStatement(node);
        }

        public override void VisitPointerType(PointerTypeSyntax node)
        {
            Report(PortabilityRules.Unsafe, node, node.ToString());
            base.VisitPointerType(node);
        }

        public override void VisitFunctionPointerType(FunctionPointerTypeSyntax node)
        {
            Report(PortabilityRules.Unsafe, node, "delegate*");
            base.VisitFunctionPointerType(node);
        }

        public override void VisitArrayRankSpecifier(ArrayRankSpecifierSyntax node)
        {
            if (node.Rank > 1)
            {
                Report(PortabilityRules.MultiDimensionalArray, node, node.ToString());
            }

            base.VisitArrayRankSpecifier(node);
        }

        public override void VisitAnonymousObjectCreationExpression(AnonymousObjectCreationExpressionSyntax node)
        {
            Report(PortabilityRules.AnonymousType, node.NewKeyword, "new { ... }");
            base.VisitAnonymousObjectCreationExpression(node);
        }

        public override void VisitMakeRefExpression(MakeRefExpressionSyntax node)
        {
            Report(PortabilityRules.Undocumented, node, "__makeref");
            base.VisitMakeRefExpression(node);
        }

        public override void VisitRefTypeExpression(RefTypeExpressionSyntax node)
        {
            Report(PortabilityRules.Undocumented, node, "__reftype");
            base.VisitRefTypeExpression(node);
        }

        public override void VisitRefValueExpression(RefValueExpressionSyntax node)
        {
            Report(PortabilityRules.Undocumented, node, "__refvalue");
            base.VisitRefValueExpression(node);
        }

        private static SimpleNameSyntax? LastName(ExpressionSyntax expression) => expression switch
        {
            SimpleNameSyntax simple => simple,
            MemberAccessExpressionSyntax member => member.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => null,
        };
    }
}
