import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/requirements/analyze-text';
import { readOtherSense } from '@/lib/requirements/read-mention-sense';

// Sentences written for these tests: the [bracketed] word is the mention, the category its skill's.
function senseOf(marked: string, category = 'tool') {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  return readOtherSense(text, start, end, category);
}

describe('readOtherSense', () => {
  it.each([
    ['[GitHub] URL (optional)', 'profile link'],
    ['Your [LinkedIn] profile', 'profile link'],
    ['Please add a link to your [GitHub] so we can read some code', 'profile link'],
    ['[GitHub] or other public code repository', 'profile link'],
    ['You get a [Linux] laptop or a MacBook, your pick', 'equipment'],
    ['Use state of the art laptops ( MacOS [Linux] Windows? You can pick! )', 'equipment'],
    ['A laptop ([MacOS] or Linux) of your choice', 'equipment'],
    ['Free [German] language classes twice a week', 'language course', 'spoken-language'],
    ['[Spanish] lessons paid by us', 'language course', 'spoken-language'],
    ['as we embrace the opportunities of [AI] across our products', 'topic', 'ai-llm'],
    ['Discover the world of [iOS] with us', 'topic', 'mobile'],
    ['Discover the world of iOS and [Android development] with us', 'topic', 'mobile'],
    ['the opportunities of cloud, data and [AI] in our products', 'topic', 'ai-llm'],
    ['Deliver something meaningful and extensible each [sprint]', 'time unit', 'practice'],
    ['Culture time at the end of our [sprints] for people to explore', 'time unit', 'practice'],
    ['Improve our delivery via our [sprints] and Agile ceremonies', 'time unit', 'practice'],
    ['In [compliance] with government advice this role is remote at first', 'phrase', 'knowledge'],
    ['Document code customizations in [compliance] with our standards', 'phrase', 'knowledge'],
    ['Our monthly newsletter about events, [Kotlin] and remote life', 'topic', 'language'],
    ['Learning: workshops taught by our architects (Kafka, [Kubernetes] and more)', 'training', 'devops'],
    ['Paid time to study for certifications such as [CKA] or AWS', 'training', 'certification'],
    ['Internal training sessions run by senior engineers on [Scrum]', 'training', 'practice'],
    ['Apply as a Senior Software Engineer ( m/f/[d] ) - Fintech Application', 'gender marker', 'language'],
    ['Java Developer ([d]/f/m) in Berlin', 'gender marker', 'language'],
    ['Backend Engineer (m / w / [d]) gesucht', 'gender marker', 'language'],
    [
      'As a Senior Software Engineer ( m/f/d ) – [FinTech] Application you will build',
      'role title',
      'knowledge',
    ],
    ['Backend Developer (m/w/d) - [Java] in Berlin', 'role title', 'language'],
    ['Contact: Sam [Jenkins], Talent Partner', 'name'],
    ['Posted by [Ruby] Chen', 'name'],
    ['[Oracle] Corporation is an equal opportunity employer', 'company'],
    ['[Slack] is an equal opportunity employer', 'company'],
    ['Life at [Salesforce]: our values', 'company'],
    ['You will [QA] the mobile releases before they ship', 'verb', 'testing'],
    ['Someone able to [QA] every change we make', 'verb', 'testing'],
    ['Our app is one of the few [Android] Excellence apps on the store', 'award', 'mobile'],
    ['We were named [Google Cloud] Partner of the Year twice', 'award', 'cloud'],
    ['Our engineers speak at [AWS] re:Invent every year', 'award', 'cloud'],
    ['Two of our engineers are [Azure] MVPs', 'award', 'cloud'],
    ['Our CTO is a [Java] Champion', 'award', 'language'],
    ['Our CTO is a [Kotlin] Google Developer Expert', 'award', 'language'],
    ['We are an [AWS] Advanced Consulting Partner', 'award', 'cloud'],
    ['Winner of the [Kubernetes] Community Award 2024', 'award', 'devops'],
    ['Meet us at the [AWS] Summit in Berlin', 'award', 'cloud'],
    ['Three years as a Scrum [Master] in a product team', 'role title', 'degree'],
    ['We are firm believers in [test-driven development] and pair on most work', 'value', 'practice'],
    ["We're big believers in [Kotlin] for every new service", 'value', 'language'],
    ['At Acme we strongly believe in the value of [code review]', 'value', 'practice'],
    ['We all really believe in [open source] and publish our tools', 'value', 'practice'],
    ['Next quarter our [AI] will write release notes on its own', 'product', 'ai-llm'],
    ['The first feature we teach our [AI] is how to review pull requests', 'product', 'ai-llm'],
    ['You run [master] data management for our customer records', 'role title', 'degree'],
  ])('%j is a %s', (marked, sense, category = 'tool') => {
    expect(senseOf(marked, category)).toBe(sense);
  });

  it.each([
    ['Experience with [GitHub] Actions and code review'],
    ['You have shipped [Linux] kernel modules'],
    ['Fluent [German] is required', 'spoken-language'],
    ['[German] and English, written and spoken', 'spoken-language'],
    ['Experience building [AI] products', 'ai-llm'],
    ['Native [iOS] development with Swift', 'mobile'],
    ['We run [Jenkins] pipelines for every merge'],
    ['Knowledge of [Oracle] databases and PL/SQL'],
    ['Strong [QA] skills and an eye for detail', 'testing'],
    ['You will use [Terraform] daily'],
    ['to [Docker], Kubernetes and Helm'],
    ['Excellence in [Python] programming', 'language'],
    ['[Android] excellence is what we expect from a senior', 'mobile'],
    ['Experience with [AWS] Lambda and DynamoDB', 'cloud'],
    ['[Android] Studio, Gradle and Jetpack Compose', 'mobile'],
    ['[Google Cloud] Platform certification is a plus', 'cloud'],
    ['[Kotlin] Multiplatform experience', 'language'],
    ['You have shipped [Android] apps; awards are a plus', 'mobile'],
    ['A Bachelor or [Master] in computer science', 'degree'],
    ['Completed [Master] studies in physics', 'degree'],
    ['A [Master] Data Science degree or similar', 'degree'],
    ['Certifications such as [CKA] or CKAD are a plus', 'certification'],
    ['Experience in C (or [D]) and Go', 'language'],
    ['Statistics in ([R]) or Python', 'language'],
    ['Backend Developer (m/w/d) in Berlin; [Java] required', 'language'],
    ['Skills (Java, Go) - [Kotlin] is a plus', 'language'],
    ['You have given training sessions on [Kubernetes] to other teams', 'devops'],
    ['Experience running workshops with product teams; [Scrum] is a must', 'practice'],
    ['Experience working in [sprints] with a product owner', 'practice'],
    ['Experience in [compliance] and risk management', 'knowledge'],
    ['Knowledge of [compliance] with GDPR and SOX', 'knowledge'],
    ['Experience with embedded systems (ARM, [Linux] drivers) for laptops', 'tool'],
    ['Develop firmware for laptops and desktops in C ([Rust] is a plus)', 'language'],
    ['Plan and run [sprints] for two teams', 'practice'],
    ['We build for the world of payments. [Kotlin] and Go experience required', 'language'],
    ['You believe in [test-driven development] and clean code', 'practice'],
    ['We want engineers who believe in [code review] as a way to learn', 'practice'],
    ['We believe in using the best tools; today that means [Kotlin]', 'language'],
    ['Someone who believes in [open source] and contributes to it', 'practice'],
    ['You will extend our [AI] platform with new models', 'ai-llm'],
    ['Join our [AI] team in Berlin', 'ai-llm'],
    ['Experience with [AI] is a plus', 'ai-llm'],
  ])('%j keeps the skill sense', (marked, category = 'tool') => {
    expect(senseOf(marked, category)).toBeNull();
  });
});

describe('analyzeText: identity before recall', () => {
  const ids = (text: string) =>
    analyzeText(`Platform Engineer\nRequirements\n${text}`, { isJobPosting: true }).requirements.map(
      (r) => r.id,
    );

  it.each([
    ['Experience delivering Rail projects for the national operator', 'rails'],
    ['Grow ASP and margins across the retail portfolio', 'microsoft-active-server-pages'],
    ['Our client HCL is a global IT services company', 'hcl'],
    ['Acme Holdings PLC is listed in London', 'plc'],
    ['You will partner with Machine Learning researchers on new models', 'machine-learning'],
    ['Please share a link to your GitHub profile', 'github'],
    ['Our app was one of the few Android Excellence apps chosen this year', 'android'],
    ['We were named Google Cloud Partner of the Year twice', 'gcp'],
    ['You will present our work at AWS re:Invent', 'aws'],
  ])('%j is not %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    ['Experience with Rails and PostgreSQL', 'rails'],
    ['Maintain Classic ASP pages alongside ASP.NET', 'classic-asp'],
    ['Experience with HCL and Terraform modules', 'hcl'],
    ['PLC programming with Siemens controllers', 'plc'],
    ['Experience training machine learning models', 'machine-learning'],
    ['Daily work in GitHub: pull requests and reviews', 'github'],
    ['Experience building Android apps with Kotlin', 'android'],
    ['Experience with Google Cloud, ideally BigQuery', 'gcp'],
    ['Hands-on AWS: EC2, S3 and IAM', 'aws'],
  ])('%j is %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});
