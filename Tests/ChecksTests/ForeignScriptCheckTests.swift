import Testing

@Suite struct ForeignScriptCheckTests {
    @Test func japaneseWordsInAnEnglishTextAreReportedWithTheSpan() throws {
        let run = try CheckRun(englishSite("""
            ## Who we are

            The service is run by サンプル社, a company registered in Osaka.

            - Questions go to our 窓口 in Tokyo.
            """))
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/en.md:7:23", "content/privacy/v1/en.md:9:23"],
                Comment(rawValue: run.report))
        #expect(run.messages(.foreignScript) == [
            "Katakana and Han in this 'en' text: 'サンプル社'", "Han in this 'en' text: '窓口'",
        ])
    }

    @Test func namesMeantToStayInTheirScriptAreNotReported() throws {
        let run = try CheckRun(englishSite("""
            The service is run by サンプル株式会社, a company registered in Osaka, and by ООО «Пример» in Kazan.

            In a crisis, call いのちの電話 (Inochi no Denwa) at any hour.

            Read this policy in [Русский](https://example.com/ru/) or [Ελληνικά](https://example.com/el/).

            A summary is kept in 窓口.
            """))
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/en.md:11:22"], Comment(rawValue: run.report))
    }

    @Test func aLinkInALanguageTheSitePublishesIsNotReported() throws {
        let run = try CheckRun(siteConfig(languages: ["en", "ja"]) + "\n" + contentFile("v1", "en", effective: "2024-01-01", body: """
            The Japanese text: [日本語版はこちら](@/privacy/v1). Our 窓口 answers.
            """))
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/en.md:5:50"], Comment(rawValue: run.report))
    }

    @Test func aNameFromAVariableIsNotForeign() throws {
        let run = try CheckRun(englishSite("""
            The service is run by {{ company.name }} ({{ company.short }}), registered in 大阪.
            """, config: """
            variables:
              company:
                name: サンプル株式会社
              ja_only: 無関係
            language_variables:
              en:
                company:
                  short: サンプル
            """))
        // Only the word written in the file is reported, at its own column.
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/en.md:5:79"], Comment(rawValue: run.report))
        #expect(run.messages(.foreignScript) == ["Han in this 'en' text: '大阪'"])
    }

    @Test func cyrillicInAFrenchTextIsOneSpanPerPhrase() throws {
        let run = try CheckRun(oneLanguageSite("fr", """
            Notre politique (Политика конфиденциальности) s'applique à tous.

            Le paiement est effectué par virement bаncaire.
            """))
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/fr.md:5:18", "content/privacy/v1/fr.md:7:40"],
                Comment(rawValue: run.report))
        #expect(run.messages(.foreignScript) == [
            "Cyrillic in this 'fr' text: 'Политика конфиденциальности'", "Cyrillic in this 'fr' text: 'а'",
        ])
    }

    @Test func cjkPunctuationInAnEnglishTextIsReported() throws {
        let run = try CheckRun(englishSite("We keep your name、address and order history."))
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/en.md:5:18"], Comment(rawValue: run.report))
        #expect(run.messages(.foreignScript) == ["CJK punctuation in this 'en' text: '、'"])
    }

    @Test func latinSymbolsAndCodeAreNotForeignInAnEnglishText() throws {
        let run = try CheckRun(englishSite("""
            © 2024 Example Ltd. → see the café’s menu — 10 µm, 5 °C, naïve users 🙂 (Zoë, Ærø, São Paulo).

            Run `設定を開く` or read [the help](https://example.com/ヘルプ) and ![地図](map.png).

            ```
            お問い合わせ
            ```

            <abbr title="内部">HR</abbr> is raw HTML. Ελλάδα is not.
            """))
        // The Greek word at the end shows that the text was checked.
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/en.md:13:41"], Comment(rawValue: run.report))
    }

    @Test func latinIsNativeToJapaneseButHangulIsNot() throws {
        let run = try CheckRun(oneLanguageSite("ja", """
            当社は Google Analytics（https://example.com/）を利用します。「Cookie」は © Example。

            韓国語の案内は 개인정보 をご覧ください。
            """))
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/ja.md:7:9"], Comment(rawValue: run.report))
        #expect(run.messages(.foreignScript) == ["Hangul in this 'ja' text: '개인정보'"])
    }

    @Test func arabicTextsMayQuoteLatinButNotHan() throws {
        let run = try CheckRun(oneLanguageSite("ar", """
            نستخدم خدمة Example Cloud لحفظ بياناتك لدى 東京 فرع.
            """))
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/ar.md:5:44"], Comment(rawValue: run.report))
        #expect(run.messages(.foreignScript) == ["Han in this 'ar' text: '東京'"])
    }

    @Test func aLanguageWithoutAKnownScriptIsJudgedByItsOwnLetters() throws {
        // Khmer is not in policygen's table: its text's own letters are the native script.
        let run = try CheckRun(oneLanguageSite("km", """
            យើងការពារព័ត៌មានរបស់អ្នក Example 東京។
            """))
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/km.md:5:34"], Comment(rawValue: run.report))
    }

    @Test func anIgnoreCommentBeforeTheBlockSilencesIt() throws {
        let run = try CheckRun(englishSite("""
            <!-- policygen-ignore PG206 -->
            Our name in Japanese is サンプル.

            Our name in Korean is 샘플.
            """))
        #expect(run.locations(.foreignScript) == ["content/privacy/v1/en.md:8:23"], Comment(rawValue: run.report))
    }
}
