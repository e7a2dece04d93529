using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoCheck.Checking
{
    /// <summary>
    /// The second line of defence after compilation: reports, with file and line, C# features the stable
    /// nanoFramework runtime cannot run, even where the compile against the stubs already fails.
    /// </summary>
    public sealed partial class PortabilityScanner : CSharpSyntaxWalker
    {
        private readonly SemanticModel model;
        private readonly List<CheckDiagnostic> found = new();

        private PortabilityScanner(SemanticModel model)
        {
            this.model = model;
        }

        /// <summary>Scans every syntax tree of the compilation.</summary>
        public static IReadOnlyList<CheckDiagnostic> Scan(Compilation compilation)
        {
            ArgumentNullException.ThrowIfNull(compilation);
            var all = new List<CheckDiagnostic>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                var scanner = new PortabilityScanner(compilation.GetSemanticModel(tree));
                scanner.Visit(tree.GetRoot());
                all.AddRange(scanner.found);
            }

            return all;
        }

        public override void VisitClassDeclaration(ClassDeclarationSyntax node)
        {
            CheckTypeDeclaration(node);
            base.VisitClassDeclaration(node);
        }

        public override void VisitStructDeclaration(StructDeclarationSyntax node)
        {
            CheckTypeDeclaration(node);
            base.VisitStructDeclaration(node);
        }

        public override void VisitInterfaceDeclaration(InterfaceDeclarationSyntax node)
        {
            CheckTypeDeclaration(node);
            base.VisitInterfaceDeclaration(node);
        }

        public override void VisitRecordDeclaration(RecordDeclarationSyntax node)
        {
            Report(PortabilityRules.Record, node.Keyword, node.Identifier.Text);
            CheckTypeDeclaration(node);
            base.VisitRecordDeclaration(node);
        }

        public override void VisitDelegateDeclaration(DelegateDeclarationSyntax node)
        {
            if (node.TypeParameterList != null)
            {
                Report(PortabilityRules.GenericType, node.Identifier, node.Identifier.Text);
            }

            CheckModifiers(node.Modifiers);
            base.VisitDelegateDeclaration(node);
        }

        public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            if (node.TypeParameterList != null)
            {
                Report(PortabilityRules.GenericMethod, node.Identifier, node.Identifier.Text);
            }

            CheckModifiers(node.Modifiers);
            base.VisitMethodDeclaration(node);
        }

        public override void VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
        {
            if (node.TypeParameterList != null)
            {
                Report(PortabilityRules.GenericMethod, node.Identifier, node.Identifier.Text);
            }

            CheckModifiers(node.Modifiers);
            base.VisitLocalFunctionStatement(node);
        }

        public override void VisitFieldDeclaration(FieldDeclarationSyntax node)
        {
            CheckModifiers(node.Modifiers);
            base.VisitFieldDeclaration(node);
        }

        public override void VisitPropertyDeclaration(PropertyDeclarationSyntax node)
        {
            CheckModifiers(node.Modifiers);
            base.VisitPropertyDeclaration(node);
        }

        public override void VisitOperatorDeclaration(OperatorDeclarationSyntax node)
        {
            CheckModifiers(node.Modifiers);
            base.VisitOperatorDeclaration(node);
        }

        public override void VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
        {
            CheckModifiers(node.Modifiers);
            base.VisitConstructorDeclaration(node);
        }

        public override void VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
        {
            CheckModifiers(node.Modifiers);
            base.VisitParenthesizedLambdaExpression(node);
        }

        public override void VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
        {
            CheckModifiers(node.Modifiers);
            base.VisitSimpleLambdaExpression(node);
        }

        public override void VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
        {
            CheckModifiers(node.Modifiers);
            base.VisitAnonymousMethodExpression(node);
        }

        private void CheckTypeDeclaration(TypeDeclarationSyntax node)
        {
            if (node.TypeParameterList != null)
            {
                Report(PortabilityRules.GenericType, node.Identifier, node.Identifier.Text);
            }

            CheckModifiers(node.Modifiers);
        }

        private void CheckModifiers(SyntaxTokenList modifiers)
        {
            foreach (SyntaxToken modifier in modifiers)
            {
                switch (modifier.Kind())
                {
                    case SyntaxKind.AsyncKeyword:
                        Report(PortabilityRules.Async, modifier, "async");
                        break;
                    case SyntaxKind.UnsafeKeyword:
                        Report(PortabilityRules.Unsafe, modifier, "unsafe");
                        break;
                    case SyntaxKind.FixedKeyword:
                        Report(PortabilityRules.Unsafe, modifier, "fixed");
                        break;
                    case SyntaxKind.ExternKeyword:
                        Report(PortabilityRules.Extern, modifier, "extern");
                        break;
                    default:
                        break;
                }
            }
        }

        private void ReportAwaitKeyword(SyntaxToken awaitKeyword)
        {
            if (awaitKeyword.IsKind(SyntaxKind.AwaitKeyword))
            {
                Report(PortabilityRules.Async, awaitKeyword, "await");
            }
        }

        private void Report(PortabilityRule rule, SyntaxToken token, string what) => Add(rule, token.GetLocation(), what);

        private void Report(PortabilityRule rule, SyntaxNode node, string what) => Add(rule, node.GetLocation(), what);

        private void Add(PortabilityRule rule, Location location, string what)
        {
            found.Add(CheckDiagnostic.At(rule.Id, CheckSeverity.Error, location, $"{rule.Message} ('{Shorten(what)}')"));
        }

        private static string Shorten(string text)
        {
            string oneLine = string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return oneLine.Length <= 60 ? oneLine : string.Concat(oneLine.AsSpan(0, 57), "...");
        }
    }
}
